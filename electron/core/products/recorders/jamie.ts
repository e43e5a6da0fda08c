import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'jamie',
  role: 'recorder',
  name: 'Jamie',
  category: 'ai-notetaker',
  processes: { windows: ['Jamie.exe'], macos: ['Jamie'] },
  mayBeIdle: true,
  sources: ['meetjamie.ai desktop note-taker (records meeting audio); public code, unconfirmed'],
});
