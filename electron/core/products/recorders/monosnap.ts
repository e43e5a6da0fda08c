import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'monosnap',
  role: 'recorder',
  name: 'Monosnap',
  category: 'screenshot-tool',
  processes: { windows: ['Monosnap.exe'], macos: ['Monosnap'] },
  mayBeIdle: true,
  sources: ['BREW:monosnap; Windows name: public code, unconfirmed'],
});
