import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'wirecast',
  role: 'recorder',
  name: 'Wirecast',
  category: 'streaming',
  processes: { windows: ['Wirecast.exe'], macos: ['Wirecast'] },
  sources: ['Telestream Wirecast user guide; public code, unconfirmed'],
});
