import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'simplescreenrecorder',
  role: 'recorder',
  name: 'SimpleScreenRecorder',
  category: 'screen-recorder',
  processes: { linux: ['simplescreenrecorder'] },
  sources: ['Debian simplescreenrecorder package'],
});
