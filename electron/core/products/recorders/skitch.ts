import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'skitch',
  role: 'recorder',
  name: 'Skitch',
  category: 'screenshot-tool',
  processes: { macos: ['Skitch'] },
  mayBeIdle: true,
  sources: ['SBAC (Skitch); BREW:skitch'],
});
