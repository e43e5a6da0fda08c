import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'beyondtrust',
  role: 'recorder',
  name: 'BeyondTrust Remote Support (Bomgar)',
  category: 'remote-view',
  processes: { windows: ['bomgar-scc.exe', 'bomgar-pac.exe', 'bomgar-rdp.exe'] },
  mayBeIdle: true,
  sources: ['LOLRMM beyondtrust_(bomgar).yaml'],
});
