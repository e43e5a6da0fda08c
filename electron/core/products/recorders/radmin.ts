import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'radmin',
  role: 'recorder',
  name: 'Radmin',
  category: 'remote-view',
  processes: { windows: ['rserver3.exe', 'Radmin.exe'] },
  mayBeIdle: true,
  sources: ['LOLRMM radmin.yaml'],
});
