import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: '8x8-work',
  role: 'meeting-client',
  name: '8x8 Work',
  description: { 'en-GB': '8x8 Work calls and meetings.', cy: 'Galwadau a chyfarfodydd 8x8 Work.' },
  processes: { windows: ['8x8 Work.exe'], macos: ['8x8 Work'] },
  sources: [
    'BREW:8x8-work; Windows name: public code, unconfirmed',
  ],
});
