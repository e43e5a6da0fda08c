import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'blue-recorder',
  role: 'recorder',
  name: 'Blue Recorder',
  category: 'screen-recorder',
  processes: { linux: ['blue-recorder'] },
  sources: ['FLATHUB:sa.sy.bluerecorder; github.com/xlmnxp/blue-recorder'],
});
