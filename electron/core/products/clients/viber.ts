import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'viber',
  role: 'meeting-client',
  name: 'Viber',
  description: { 'en-GB': 'Viber; it makes voice and video calls.', cy: 'Viber; mae’n gwneud galwadau llais a fideo.' },
  processes: { windows: ['Viber.exe'], macos: ['Viber'], linux: ['Viber'] },
  sources: [
    'BREW:viber',
    'Linux /opt/viber/Viber (viber.com .deb)',
    'Windows Viber.exe: public code',
  ],
});
