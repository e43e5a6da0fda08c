import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'audacity',
  role: 'recorder',
  name: 'Audacity',
  category: 'audio-recorder',
  processes: { windows: ['audacity.exe'], macos: ['Audacity'], linux: ['audacity'] },
  bundleIds: ['org.audacityteam.audacity'],
  mayBeIdle: true,
  sources: ['public code; BREW:audacity'],
});
