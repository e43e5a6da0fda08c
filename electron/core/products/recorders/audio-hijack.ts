import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'audio-hijack',
  role: 'recorder',
  name: 'Audio Hijack',
  category: 'audio-recorder',
  processes: { macos: ['Audio Hijack'] },
  mayBeIdle: true,
  sources: ['BREW:audio-hijack (records any app\'s audio, calls included)'],
});
