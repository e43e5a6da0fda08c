import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'pw-record',
  role: 'recorder',
  name: 'pw-record / parecord',
  category: 'audio-recorder',
  processes: { linux: ['pw-record', 'parecord', 'parec'] },
  sources: ['DEB:pipewire-bin (pw-record); DEB:pulseaudio-utils (parecord, parec): they run only while recording'],
});
