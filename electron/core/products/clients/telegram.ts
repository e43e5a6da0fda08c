import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'telegram',
  role: 'meeting-client',
  name: 'Telegram',
  description: { 'en-GB': 'Telegram Desktop; it makes voice and video calls.', cy: 'Telegram Desktop; mae’n gwneud galwadau llais a fideo.' },
  processes: { windows: ['Telegram.exe'], macos: ['Telegram'], linux: ['telegram-desktop', 'Telegram'] },
  audioStreamNames: ['telegram-desktop'],
  sources: [
    'SEB-MAC (Telegram, ru.keepcoder.Telegram)',
    'Telegram.exe: SEB',
    'BREW:telegram',
    'DEB:telegram-desktop; stream "telegram-desktop": WP-BT',
  ],
});
