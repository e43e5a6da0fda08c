import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'kooha',
  role: 'recorder',
  name: 'Kooha',
  category: 'screen-recorder',
  processes: { linux: ['kooha'] },
  sources: ['Flathub io.github.seadve.Kooha, unconfirmed'],
});
