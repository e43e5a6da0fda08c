import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'fathom',
  role: 'recorder',
  name: 'Fathom',
  category: 'ai-notetaker',
  processes: { windows: ['Fathom.exe'], macos: ['Fathom', 'Fathom Helper'] },
  mayBeIdle: true,
  sources: ['BREW:fathom'],
});
