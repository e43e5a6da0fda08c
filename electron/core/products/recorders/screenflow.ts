import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screenflow',
  role: 'recorder',
  name: 'ScreenFlow',
  category: 'screen-recorder',
  processes: { macos: ['ScreenFlow'] },
  bundleIds: ['net.telestream.screenflow*'],
  sources: ['BREW:screenflow'],
});
