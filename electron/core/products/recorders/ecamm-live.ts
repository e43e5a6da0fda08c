import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ecamm-live',
  role: 'recorder',
  name: 'Ecamm Live',
  category: 'streaming',
  processes: { macos: ['Ecamm Live'] },
  sources: ['BREW:ecamm-live'],
});
