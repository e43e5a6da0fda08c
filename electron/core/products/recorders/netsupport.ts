import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'netsupport',
  role: 'recorder',
  name: 'NetSupport Manager / School',
  category: 'remote-view',
  processes: { windows: ['client32.exe', 'pcictlui.exe'] },
  mayBeIdle: true,
  sources: ['LOLRMM netsupport_manager.yaml'],
});
