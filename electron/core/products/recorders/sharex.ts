import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'sharex',
  role: 'recorder',
  name: 'ShareX',
  category: 'screenshot-tool',
  processes: { windows: ['ShareX.exe'] },
  mayBeIdle: true,
  sources: ['public code'],
});
