import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'shutter',
  role: 'recorder',
  name: 'Shutter',
  category: 'screenshot-tool',
  processes: { linux: ['shutter'] },
  mayBeIdle: true,
  sources: ['DEB:shutter; SBAC (shutter)'],
});
