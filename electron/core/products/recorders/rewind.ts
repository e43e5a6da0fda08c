import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'rewind',
  role: 'recorder',
  name: 'Rewind',
  category: 'ai-notetaker',
  processes: { macos: ['Rewind'] },
  mayBeIdle: true,
  sources: ['BREW:rewind (records the screen and audio all the time; service ended 2025, kept for old installs)'],
});
