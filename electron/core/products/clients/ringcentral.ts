import { defineProduct } from '../define-product.js';
import { APP_DATA, APP_LOGS, location } from '../location-helpers.js';

export default defineProduct({
  id: 'ringcentral',
  role: 'meeting-client',
  name: 'RingCentral',
  description: { 'en-GB': 'The RingCentral app (video, phone and messages).', cy: 'Ap RingCentral (fideo, ffôn a negeseuon).' },
  processes: { windows: ['RingCentral.exe'], macos: ['RingCentral'], linux: ['ringcentral'] },
  bundleIds: ['com.ringcentral.glip', 'com.ringcentral.*'],
  sources: ['BREW:ringcentral; other names: public code, unconfirmed'],
  // Only macOS's folders are published (Homebrew's zap list); Windows and Linux are left out until a source says.
  cleanup: {
    vendorAction: {
      'en-GB': 'RingCentral: sign out (your picture > Sign out) to remove the account from this laptop.',
      cy: 'RingCentral: allgofnodwch (eich llun > Sign out) i dynnu’r cyfrif o’r gliniadur hwn.',
    },
    locations: [
      location('ringcentral', 'macos', 'data', 'Library/Application Support/RingCentral', 'data', [...APP_DATA, 'contacts', 'chat-messages'], 'BREW:ringcentral (contents: inference, an Electron app\'s data folder)'),
      location('ringcentral', 'macos', 'logs', 'Library/Logs/RingCentral', 'logs', APP_LOGS, 'BREW:ringcentral'),
    ],
  },
});
