import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'xnapper',
  role: 'recorder',
  name: 'Xnapper',
  category: 'screenshot-tool',
  processes: { macos: ['Xnapper'] },
  mayBeIdle: true,
  sources: ['BREW:xnapper'],
});
