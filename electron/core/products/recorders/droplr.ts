import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'droplr',
  role: 'recorder',
  name: 'Droplr',
  category: 'screenshot-tool',
  processes: { windows: ['Droplr.exe'], macos: ['Droplr'] },
  mayBeIdle: true,
  sources: ['BREW:droplr; Windows name unconfirmed'],
});
