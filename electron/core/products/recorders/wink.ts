import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'wink',
  role: 'recorder',
  name: 'Wink',
  category: 'screen-recorder',
  processes: { windows: ['wink.exe'], linux: ['wink'] },
  sources: ['SBAC (wink.exe, wink)'],
});
