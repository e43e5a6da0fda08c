import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'tuple',
  role: 'recorder',
  name: 'Tuple',
  category: 'remote-view',
  processes: { macos: ['Tuple'] },
  mayBeIdle: true,
  sources: ['BREW:tuple (pair-programming screen sharing)'],
});
