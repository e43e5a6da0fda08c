import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'macwhisper',
  role: 'recorder',
  name: 'MacWhisper',
  category: 'ai-notetaker',
  processes: { macos: ['MacWhisper'] },
  mayBeIdle: true,
  sources: ['BREW:macwhisper (records and transcribes meetings)'],
});
