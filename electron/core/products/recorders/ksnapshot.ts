import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ksnapshot',
  role: 'recorder',
  name: 'KSnapshot',
  category: 'screenshot-tool',
  processes: { linux: ['ksnapshot'] },
  sources: ['SBAC (ksnapshot, KDE 4 screenshot tool)'],
});
