import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'jing',
  role: 'recorder',
  name: 'Jing (TechSmith)',
  category: 'screen-recorder',
  processes: { windows: ['Jing.exe'], macos: ['Jing'] },
  mayBeIdle: true,
  sources: ['SBAC (Jing); Windows name: public code'],
});
