import { defineProduct } from '../schema.js';

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
