import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'gnome-sound-recorder',
  role: 'recorder',
  name: 'GNOME Sound Recorder',
  category: 'audio-recorder',
  processes: { linux: ['gnome-sound-recorder'] },
  mayBeIdle: true,
  sources: ['DEB:gnome-sound-recorder (/usr/bin/gnome-sound-recorder)'],
});
