import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'camo',
  role: 'recorder',
  name: 'Camo',
  category: 'virtual-camera',
  processes: { windows: ['Camo.exe'], macos: ['Camo'] },
  mayBeIdle: true,
  sources: ['BREW:camo (Reincubate); Windows name unconfirmed'],
});
