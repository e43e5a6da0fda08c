import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'capture-me',
  role: 'recorder',
  name: 'Capture Me',
  category: 'screen-recorder',
  processes: { macos: ['Capture Me'] },
  sources: ['SBAC'],
});
