import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ezvid',
  role: 'recorder',
  name: 'Ezvid',
  category: 'screen-recorder',
  processes: { windows: ['ezvid.exe'] },
  sources: ['public code, unconfirmed'],
});
