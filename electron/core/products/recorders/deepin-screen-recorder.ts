import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'deepin-screen-recorder',
  role: 'recorder',
  name: 'Deepin Screen Recorder',
  category: 'screen-recorder',
  processes: { linux: ['deepin-screen-recorder'] },
  sources: ['DEB:deepin-screen-recorder (/usr/bin/deepin-screen-recorder)'],
});
