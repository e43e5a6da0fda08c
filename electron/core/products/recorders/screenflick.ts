import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screenflick',
  role: 'recorder',
  name: 'Screenflick',
  category: 'screen-recorder',
  processes: { macos: ['Screenflick'] },
  sources: ['SBAC (Screenflick)'],
});
