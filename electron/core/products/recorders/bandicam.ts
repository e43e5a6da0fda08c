import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'bandicam',
  role: 'recorder',
  name: 'Bandicam',
  category: 'screen-recorder',
  processes: { windows: ['bdcam.exe', 'bdcam64.exe'] },
  sources: ['public code (bdcam.exe, CLI /record)'],
});
