import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'mwsnap',
  role: 'recorder',
  name: 'MWSnap',
  category: 'screenshot-tool',
  processes: { windows: ['MWSnap.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
