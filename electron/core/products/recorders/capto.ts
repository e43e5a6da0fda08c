import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'capto',
  role: 'recorder',
  name: 'Capto',
  category: 'screen-recorder',
  processes: { macos: ['Capto'] },
  mayBeIdle: true,
  sources: ['BREW:capto'],
});
