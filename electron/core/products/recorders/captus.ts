import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'captus',
  role: 'recorder',
  name: 'Softario Captus',
  category: 'screenshot-tool',
  processes: { windows: ['Captus.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
