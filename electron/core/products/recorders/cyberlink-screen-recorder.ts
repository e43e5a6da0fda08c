import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'cyberlink-screen-recorder',
  role: 'recorder',
  name: 'CyberLink Screen Recorder',
  category: 'screen-recorder',
  processes: { windows: ['ScreenRecorder4.exe'] },
  sources: ['CyberLink Screen Recorder 4; public code, unconfirmed'],
});
