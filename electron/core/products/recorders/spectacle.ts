import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'spectacle',
  role: 'recorder',
  name: 'Spectacle (KDE)',
  category: 'screenshot-tool',
  processes: { linux: ['spectacle'] },
  sources: ['DEB:kde-spectacle (/usr/bin/spectacle: screenshots and, since Plasma 6, screen recording)'],
});
