import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'lightscreen',
  role: 'recorder',
  name: 'Lightscreen',
  category: 'screenshot-tool',
  processes: { windows: ['lightscreen.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
