import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'byzanz',
  role: 'recorder',
  name: 'Byzanz',
  category: 'screen-recorder',
  processes: { linux: ['byzanz-record'] },
  sources: ['DEB:byzanz (/usr/bin/byzanz-record)'],
});
