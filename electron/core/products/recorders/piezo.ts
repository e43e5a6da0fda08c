import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'piezo',
  role: 'recorder',
  name: 'Piezo',
  category: 'audio-recorder',
  processes: { macos: ['Piezo'] },
  sources: ['BREW:piezo (Rogue Amoeba: records an app\'s audio)'],
});
