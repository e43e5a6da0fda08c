import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'granola',
  role: 'recorder',
  name: 'Granola',
  category: 'ai-notetaker',
  processes: { windows: ['Granola.exe'], macos: ['Granola'] },
  bundleIds: ['com.granola.app'],
  mayBeIdle: true,
  sources: ['BREW:granola; Windows name unconfirmed'],
});
