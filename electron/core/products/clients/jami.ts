import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'jami',
  role: 'meeting-client',
  name: 'Jami',
  description: { 'en-GB': 'Jami, peer-to-peer calls and video meetings.', cy: 'Jami, galwadau cymar-i-gymar a chyfarfodydd fideo.' },
  processes: { windows: ['Jami.exe'], macos: ['Jami'], linux: ['jami'] },
  sources: [
    'DEB:jami (/usr/bin/jami)',
    'BREW:jami',
  ],
});
