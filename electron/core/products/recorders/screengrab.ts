import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screengrab',
  role: 'recorder',
  name: 'ScreenGrab (LXQt)',
  category: 'screenshot-tool',
  processes: { linux: ['screengrab'] },
  sources: ['DEB:screengrab'],
});
