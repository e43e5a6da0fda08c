import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'window-clippings',
  role: 'recorder',
  name: 'Window Clippings',
  category: 'screenshot-tool',
  processes: { windows: ['WindowClipping.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
