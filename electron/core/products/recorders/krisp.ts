import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'krisp',
  role: 'recorder',
  name: 'Krisp',
  category: 'ai-notetaker',
  processes: { windows: ['krisp.exe'], macos: ['krisp'] },
  bundleIds: ['ai.krisp.krispMac*'],
  mayBeIdle: true,
  sources: ['BREW:krisp (virtual microphone always on; records meeting notes)'],
});
