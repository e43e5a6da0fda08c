import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screenpal',
  role: 'recorder',
  name: 'ScreenPal (Screencast-O-Matic)',
  category: 'screen-recorder',
  processes: { windows: ['ScreenPal.exe', 'Screencast-O-Matic.exe'], macos: ['ScreenPal'] },
  mayBeIdle: true,
  sources: ['screenpal.com; names: public code, unconfirmed'],
});
