import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'simplescreenrecorder',
  role: 'recorder',
  name: 'SimpleScreenRecorder',
  category: 'screen-recorder',
  processes: { linux: ['simplescreenrecorder'] },
  sources: ['Debian simplescreenrecorder package'],
});
