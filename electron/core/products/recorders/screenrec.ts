import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screenrec',
  role: 'recorder',
  name: 'ScreenRec',
  category: 'screen-recorder',
  processes: { windows: ['ScreenRec.exe'] },
  mayBeIdle: true,
  sources: ['screenrec.com (StreamingVideoProvider); public code, unconfirmed'],
});
