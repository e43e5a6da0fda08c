import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'arecord',
  role: 'recorder',
  name: 'arecord',
  category: 'audio-recorder',
  processes: { linux: ['arecord'] },
  sources: ['DEB:alsa-utils (arecord runs only while it records from a sound card)'],
});
