import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screen-studio',
  role: 'recorder',
  name: 'Screen Studio',
  category: 'screen-recorder',
  processes: { macos: ['Screen Studio'] },
  sources: ['BREW:screen-studio'],
});
