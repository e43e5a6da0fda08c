import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ksnip',
  role: 'recorder',
  name: 'ksnip',
  category: 'screenshot-tool',
  processes: { windows: ['ksnip.exe'], linux: ['ksnip'] },
  mayBeIdle: true,
  sources: ['DEB:ksnip'],
});
