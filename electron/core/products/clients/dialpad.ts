import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'dialpad',
  role: 'meeting-client',
  name: 'Dialpad',
  description: { 'en-GB': 'Dialpad calls and meetings.', cy: 'Galwadau a chyfarfodydd Dialpad.' },
  processes: { windows: ['Dialpad.exe'], macos: ['Dialpad'] },
  sources: [
    'BREW:dialpad; Windows name: public code, unconfirmed',
  ],
});
