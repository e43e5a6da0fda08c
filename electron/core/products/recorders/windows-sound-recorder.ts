import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'windows-sound-recorder',
  role: 'recorder',
  name: 'Windows Sound Recorder',
  category: 'audio-recorder',
  processes: { windows: ['SoundRecorder.exe', 'SoundRec.exe'] },
  mayBeIdle: true,
  sources: ['SBAC (SoundRecorder.exe); Windows 11 Sound Recorder: public code, unconfirmed'],
});
