import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'clipchamp',
  role: 'recorder',
  name: 'Clipchamp',
  category: 'screen-recorder',
  processes: { windows: ['Clipchamp.exe'] },
  mayBeIdle: true,
  sources: ['Microsoft Clipchamp (screen and camera recorder, inbox on Windows 11); name: public code, unconfirmed'],
});
