import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'xnapper',
  role: 'recorder',
  name: 'Xnapper',
  category: 'screenshot-tool',
  processes: { macos: ['Xnapper'] },
  mayBeIdle: true,
  sources: ['BREW:xnapper'],
});
