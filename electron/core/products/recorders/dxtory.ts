import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'dxtory',
  role: 'recorder',
  name: 'Dxtory',
  category: 'screen-recorder',
  processes: { windows: ['Dxtory.exe'] },
  sources: ['public code (game and desktop recorder)'],
});
