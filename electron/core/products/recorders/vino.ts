import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'vino',
  role: 'recorder',
  name: 'GNOME Vino desktop sharing',
  category: 'remote-view',
  processes: { linux: ['vino-server'] },
  mayBeIdle: true,
  sources: ['DEB:vino (/usr/libexec/vino-server)'],
});
