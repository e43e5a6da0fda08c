import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'krfb',
  role: 'recorder',
  name: 'KDE Desktop Sharing (krfb)',
  category: 'remote-view',
  processes: { linux: ['krfb'] },
  mayBeIdle: true,
  sources: ['DEB:krfb (/usr/bin/krfb)'],
});
