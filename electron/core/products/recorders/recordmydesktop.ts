import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'recordmydesktop',
  role: 'recorder',
  name: 'recordMyDesktop',
  category: 'screen-recorder',
  processes: { linux: ['recordmydesktop', 'gtk-recordmydesktop'] },
  sources: ['Debian recordmydesktop package'],
});
