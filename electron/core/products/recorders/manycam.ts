import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'manycam',
  role: 'recorder',
  name: 'ManyCam',
  category: 'virtual-camera',
  processes: { windows: ['ManyCam.exe'], macos: ['ManyCam'] },
  mayBeIdle: true,
  sources: ['BREW:manycam; Windows name: public code'],
});
