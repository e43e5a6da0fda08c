import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'mate-screenshot',
  role: 'recorder',
  name: 'MATE Screenshot',
  category: 'screenshot-tool',
  processes: { linux: ['mate-screenshot'] },
  sources: ['DEB:mate-utils (/usr/bin/mate-screenshot)'],
});
