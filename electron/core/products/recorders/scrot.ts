import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'scrot',
  role: 'recorder',
  name: 'scrot',
  category: 'screenshot-tool',
  processes: { linux: ['scrot'] },
  sources: ['DEB:scrot (command-line screenshots)'],
});
