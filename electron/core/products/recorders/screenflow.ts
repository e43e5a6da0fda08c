import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'screenflow',
  role: 'recorder',
  name: 'ScreenFlow',
  category: 'screen-recorder',
  processes: { macos: ['ScreenFlow'] },
  bundleIds: ['net.telestream.screenflow*'],
  sources: ['BREW:screenflow'],
});
