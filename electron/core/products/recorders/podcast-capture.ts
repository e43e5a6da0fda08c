import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'podcast-capture',
  role: 'recorder',
  name: 'Podcast Capture',
  category: 'screen-recorder',
  processes: { macos: ['Podcast Capture'] },
  sources: ['SBAC'],
});
