import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'lightshot',
  role: 'recorder',
  name: 'Lightshot',
  category: 'screenshot-tool',
  processes: { windows: ['Lightshot.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
