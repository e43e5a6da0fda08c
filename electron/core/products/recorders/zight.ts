import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'zight',
  role: 'recorder',
  name: 'Zight (CloudApp)',
  category: 'screenshot-tool',
  processes: { windows: ['Zight.exe', 'CloudApp.exe'], macos: ['Zight', 'CloudApp'] },
  mayBeIdle: true,
  sources: ['BREW:zight; earlier name CloudApp; Windows names: public code, unconfirmed'],
});
