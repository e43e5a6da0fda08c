import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'tldv',
  role: 'recorder',
  name: 'tl;dv',
  category: 'ai-notetaker',
  processes: { windows: ['tldv.exe'], macos: ['tldv'] },
  mayBeIdle: true,
  sources: ['tldv.io desktop recorder; names unconfirmed'],
});
