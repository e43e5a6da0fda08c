import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'kap',
  role: 'recorder',
  name: 'Kap',
  category: 'screen-recorder',
  processes: { macos: ['Kap'] },
  bundleIds: ['com.wulkano.kap'],
  mayBeIdle: true,
  sources: ['BREW:kap (menu-bar screen recorder)'],
});
