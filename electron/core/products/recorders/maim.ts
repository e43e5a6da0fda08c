import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'maim',
  role: 'recorder',
  name: 'maim',
  category: 'screenshot-tool',
  processes: { linux: ['maim'] },
  sources: ['DEB:maim (command-line screenshots)'],
});
