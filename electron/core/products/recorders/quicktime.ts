import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'quicktime',
  role: 'recorder',
  name: 'QuickTime Player',
  category: 'os-capture',
  processes: { macos: ['QuickTime Player'] },
  bundleIds: ['com.apple.QuickTimePlayerX'],
  mayBeIdle: true,
  sources: ['public code (plays files too)'],
});
