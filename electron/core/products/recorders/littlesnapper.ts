import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'littlesnapper',
  role: 'recorder',
  name: 'LittleSnapper',
  category: 'screenshot-tool',
  processes: { macos: ['LittleSnapper', 'LittleSnap'] },
  mayBeIdle: true,
  sources: ['SBAC (LittleSnap)'],
});
