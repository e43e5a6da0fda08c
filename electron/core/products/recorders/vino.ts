import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'vino',
  role: 'recorder',
  name: 'GNOME Vino desktop sharing',
  category: 'remote-view',
  processes: { linux: ['vino-server'] },
  mayBeIdle: true,
  sources: ['DEB:vino (/usr/libexec/vino-server)'],
});
