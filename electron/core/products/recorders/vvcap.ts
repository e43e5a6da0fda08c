import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'vvcap',
  role: 'recorder',
  name: 'VVCap',
  category: 'screen-recorder',
  processes: { windows: ['VVCap.exe'] },
  sources: ['SBAC'],
});
