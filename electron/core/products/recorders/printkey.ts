import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'printkey',
  role: 'recorder',
  name: 'PrintKey 2000',
  category: 'screenshot-tool',
  processes: { windows: ['Printkey2000.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
