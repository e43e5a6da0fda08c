import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'dameware',
  role: 'recorder',
  name: 'DameWare Mini Remote Control',
  category: 'remote-view',
  processes: { windows: ['dwrcs.exe', 'DWRCST.exe'] },
  mayBeIdle: true,
  sources: ['LOLRMM dameware.yaml'],
});
