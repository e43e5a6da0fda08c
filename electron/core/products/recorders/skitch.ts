import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'skitch',
  role: 'recorder',
  name: 'Skitch',
  category: 'screenshot-tool',
  processes: { macos: ['Skitch'] },
  mayBeIdle: true,
  sources: ['SBAC (Skitch); BREW:skitch'],
});
