import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'mumble',
  role: 'meeting-client',
  name: 'Mumble',
  description: { 'en-GB': 'Mumble voice chat.', cy: 'Sgwrs llais Mumble.' },
  processes: { windows: ['mumble.exe'], macos: ['Mumble'], linux: ['mumble'] },
  bundleIds: ['net.sourceforge.mumble.Mumble'],
  audioStreamNames: ['Mumble'],
  sources: [
    'DEB:mumble (/usr/bin/mumble)',
    'BREW:mumble',
    'Windows mumble.exe (mumble.info installer)',
  ],
});
