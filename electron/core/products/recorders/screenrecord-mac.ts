import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screenrecord-mac',
  role: 'recorder',
  name: 'ScreenRecord',
  category: 'screen-recorder',
  processes: { macos: ['ScreenRecord'] },
  sources: ['SBAC'],
});
