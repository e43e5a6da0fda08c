import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'wl-screenrec',
  role: 'recorder',
  name: 'wl-screenrec',
  category: 'screen-recorder',
  processes: { linux: ['wl-screenrec'] },
  sources: ['github.com/russelltg/wl-screenrec (Wayland, hardware-encoded)'],
});
