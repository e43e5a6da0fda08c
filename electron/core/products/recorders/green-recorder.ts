import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'green-recorder',
  role: 'recorder',
  name: 'Green Recorder',
  category: 'screen-recorder',
  processes: { linux: ['green-recorder'] },
  sources: ['github.com/dvershinin/green-recorder (X11 and Wayland recorder)'],
});
