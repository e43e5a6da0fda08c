import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'cleanshot',
  role: 'recorder',
  name: 'CleanShot X',
  category: 'screenshot-tool',
  processes: { macos: ['CleanShot X'] },
  bundleIds: ['pl.maketheweb.cleanshotx*'],
  mayBeIdle: true,
  sources: ['BREW:cleanshot (menu-bar screenshots and screen recording)'],
});
