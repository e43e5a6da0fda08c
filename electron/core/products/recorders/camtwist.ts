import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'camtwist',
  role: 'recorder',
  name: 'CamTwist',
  category: 'virtual-camera',
  processes: { macos: ['CamTwist'] },
  mayBeIdle: true,
  sources: ['BREW:camtwist'],
});
