import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screen-mimic',
  role: 'recorder',
  name: 'Screen Mimic',
  category: 'screen-recorder',
  processes: { macos: ['Screen Mimic'] },
  sources: ['SBAC'],
});
