import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'vokoscreen',
  role: 'recorder',
  name: 'vokoscreenNG',
  category: 'screen-recorder',
  processes: { linux: ['vokoscreenNG'] },
  sources: ['Debian vokoscreen-ng package'],
});
