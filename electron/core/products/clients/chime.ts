import { defineProduct } from '../define-product.js';
import { APP_DATA, APP_LOGS, location } from '../location-helpers.js';

export default defineProduct({
  id: 'chime',
  role: 'meeting-client',
  name: 'Amazon Chime',
  description: { 'en-GB': 'Amazon Chime (Amazon ends the service in February 2026).', cy: 'Amazon Chime (mae Amazon yn dod â’r gwasanaeth i ben ym mis Chwefror 2026).' },
  processes: { windows: ['Chime.exe'], macos: ['Amazon Chime'] },
  bundleIds: ['com.amazon.Amazon-Chime'],
  sources: ['BREW:amazon-chime; Windows name: public code, unconfirmed; end of service 20 February 2026: aws.amazon.com/chime/chime-end-of-support'],
  // macOS only: the one published layout (Homebrew's zap list). After the end of service all of it is a leftover.
  cleanup: {
    vendorAction: {
      'en-GB': 'Amazon Chime: sign out (Amazon Chime > Sign Out); after February 2026 uninstall it.',
      cy: 'Amazon Chime: allgofnodwch (Amazon Chime > Sign Out); ar ôl mis Chwefror 2026 dadosodwch ef.',
    },
    locations: [
      location('chime', 'macos', 'data', 'Library/Application Support/Amazon Chime', 'data', [...APP_DATA, 'contacts', 'chat-messages'], 'BREW:amazon-chime (contents: inference, the app\'s data folder)'),
      location('chime', 'macos', 'app-data', 'Library/Application Support/com.amazon.Amazon-Chime', 'data', APP_DATA, 'BREW:amazon-chime'),
      location('chime', 'macos', 'caches', 'Library/Caches/com.amazon.Amazon-Chime', 'cache', ['display-names'], 'BREW:amazon-chime'),
      location('chime', 'macos', 'logs', 'Library/Logs/Amazon Chime', 'logs', APP_LOGS, 'BREW:amazon-chime'),
      location('chime', 'macos', 'webkit', 'Library/WebKit/com.amazon.Amazon-Chime', 'web-storage', ['sign-in-tokens'], 'BREW:amazon-chime'),
    ],
  },
});
