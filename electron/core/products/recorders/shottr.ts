import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'shottr',
  role: 'recorder',
  name: 'Shottr',
  category: 'screenshot-tool',
  processes: { macos: ['Shottr'] },
  bundleIds: ['cc.ffitch.shottr'],
  mayBeIdle: true,
  sources: ['BREW:shottr (menu-bar screenshots)'],
});
