import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'grim',
  role: 'recorder',
  name: 'grim',
  category: 'screenshot-tool',
  processes: { linux: ['grim'] },
  sources: ['DEB:grim (Wayland command-line screenshots)'],
});
