import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'linphone',
  role: 'meeting-client',
  name: 'Linphone',
  description: { 'en-GB': 'Linphone SIP calls and video.', cy: 'Galwadau SIP a fideo Linphone.' },
  processes: { windows: ['linphone.exe'], macos: ['Linphone'], linux: ['linphone'] },
  sources: [
    'DEB:linphone-desktop (/usr/bin/linphone)',
    'BREW:linphone',
  ],
});
