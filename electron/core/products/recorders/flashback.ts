import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'flashback',
  role: 'recorder',
  name: 'FlashBack Recorder',
  category: 'screen-recorder',
  processes: { windows: ['FlashBack Recorder.exe', 'FBRecorder.exe'] },
  sources: ['Blueberry FlashBack (flashbackrecorder.com); names: public code, unconfirmed'],
});
