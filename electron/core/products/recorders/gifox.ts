import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'gifox',
  role: 'recorder',
  name: 'Gifox',
  category: 'screen-recorder',
  processes: { macos: ['Gifox'] },
  mayBeIdle: true,
  sources: ['BREW:gifox (menu-bar GIF recorder)'],
});
