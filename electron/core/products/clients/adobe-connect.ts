import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'adobe-connect',
  role: 'meeting-client',
  name: 'Adobe Connect',
  description: { 'en-GB': 'Adobe Connect webinars and meetings.', cy: 'Gweminarau a chyfarfodydd Adobe Connect.' },
  processes: { windows: ['Connect.exe'], macos: ['Adobe Connect'] },
  helpers: { windows: ['ConnectDetector.exe'] },
  sources: [
    'LOLRMM adobe_connect.yaml (Connect.exe, ConnectDetector.exe)',
    'BREW:adobe-connect',
  ],
});
