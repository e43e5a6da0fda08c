import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'medal',
  role: 'recorder',
  name: 'Medal',
  category: 'screen-recorder',
  processes: { windows: ['Medal.exe'] },
  mayBeIdle: true,
  sources: ['Medal.tv clip recorder (runs in the tray, records on a key); public code, unconfirmed'],
});
