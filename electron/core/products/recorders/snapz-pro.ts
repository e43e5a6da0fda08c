import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'snapz-pro',
  role: 'recorder',
  name: 'Snapz Pro X',
  category: 'screen-recorder',
  processes: { macos: ['Snapz Pro X'] },
  sources: ['SBAC'],
});
