import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'mikogo',
  role: 'recorder',
  name: 'Mikogo',
  category: 'remote-view',
  processes: { windows: ['Mikogo-host.exe', 'mikogo.exe', 'mikogo-service.exe'] },
  mayBeIdle: true,
  sources: ['SEB (Mikogo-host.exe); LOLRMM mikogo.yaml'],
});
