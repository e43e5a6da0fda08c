import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'fraps',
  role: 'recorder',
  name: 'Fraps',
  category: 'screen-recorder',
  processes: { windows: ['fraps.exe'] },
  sources: ['public code'],
});
