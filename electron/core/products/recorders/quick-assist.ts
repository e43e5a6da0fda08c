import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'quick-assist',
  role: 'recorder',
  name: 'Quick Assist',
  category: 'remote-view',
  processes: { windows: ['QuickAssist.exe'] },
  mayBeIdle: true,
  sources: ['Microsoft Quick Assist, Windows 10/11 (learn.microsoft.com quick-assist); runs only when opened'],
});
