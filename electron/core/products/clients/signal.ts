import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'signal',
  role: 'meeting-client',
  name: 'Signal',
  description: { 'en-GB': 'Signal Desktop; it makes voice and video calls.', cy: 'Signal Desktop; mae’n gwneud galwadau llais a fideo.' },
  processes: { windows: ['Signal.exe'], macos: ['Signal'], linux: ['signal-desktop'] },
  bundleIds: ['org.whispersystems.signal-desktop'],
  sources: [
    'BREW:signal',
    'Linux signal-desktop package (updates.signal.org apt repository)',
    'Windows Signal.exe: public code',
  ],
});
