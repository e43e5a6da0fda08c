import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'aeroadmin',
  role: 'recorder',
  name: 'AeroAdmin',
  category: 'remote-view',
  processes: { windows: ['AeroAdmin.exe'] },
  mayBeIdle: true,
  sources: ['SEB; LOLRMM aeroadmin.yaml'],
});
