import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screenium',
  role: 'recorder',
  name: 'Screenium',
  category: 'screen-recorder',
  processes: { macos: ['Screenium'] },
  sources: ['SBAC (Screenium)'],
});
