import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ammyy-admin',
  role: 'recorder',
  name: 'Ammyy Admin',
  category: 'remote-view',
  processes: { windows: ['AA_v3.exe'] },
  mayBeIdle: true,
  sources: ['SEB (AA_v3.exe)'],
});
