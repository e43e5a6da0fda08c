import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'instantshot',
  role: 'recorder',
  name: 'InstantShot!',
  category: 'screenshot-tool',
  processes: { macos: ['InstantShot!'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
