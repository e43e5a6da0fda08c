import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'dxtory',
  role: 'recorder',
  name: 'Dxtory',
  category: 'screen-recorder',
  processes: { windows: ['Dxtory.exe'] },
  sources: ['public code (game and desktop recorder)'],
});
