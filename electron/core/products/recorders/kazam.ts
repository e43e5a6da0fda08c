import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'kazam',
  role: 'recorder',
  name: 'Kazam',
  category: 'screen-recorder',
  processes: { linux: ['kazam'] },
  sources: ['Debian kazam package (python script; process found by argv)'],
});
