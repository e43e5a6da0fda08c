import { defineProduct } from '../define-product.js';
import { APP_LOGS, location } from '../location-helpers.js';

// KAPE's Mattermost target documents its IndexedDB as a log of recent messages, timestamped keystroke by keystroke
// (names and what was typed). Messages live on the organisation's server, so this copy can go; the rest of the data
// folder (the servers the person added, their settings, the sign-in) stays.
const typed = ['chat-messages', 'display-names'] as const;
const ELECTRON = 'ELECTRON-USERDATA (appData + productName "Mattermost", as KAPE and Homebrew show on Windows and macOS)';

export default defineProduct({
  id: 'mattermost',
  role: 'meeting-client',
  name: 'Mattermost',
  description: { 'en-GB': 'Mattermost, the team chat app; its Calls are voice calls with screen sharing.', cy: 'Mattermost, ap sgwrsio tîm; galwadau llais gyda rhannu sgrin yw ei Calls.' },
  processes: { windows: ['Mattermost.exe'], macos: ['Mattermost'], linux: ['mattermost-desktop'] },
  helpers: { macos: ['Mattermost Helper*'] },
  bundleIds: ['Mattermost.Desktop'],
  sources: [
    'BREW:mattermost (Mattermost.app, Mattermost.Desktop, zap ~/Library/Application Support/Mattermost and ~/Library/Logs/Mattermost)',
    'KAPE:Mattermost (%APPDATA%\\Mattermost\\IndexedDB)',
    'Windows Mattermost.exe, Linux mattermost-desktop (mattermost/desktop packages, FLATHUB:com.mattermost.Desktop): public code',
  ],
  cleanup: {
    vendorAction: {
      'en-GB': 'Mattermost: File > Sign out of each server removes the sign-in; messages stay on your organisation\'s server.',
      cy: 'Mattermost: mae File > Sign out o bob gweinydd yn tynnu’r mewngofnodi; mae negeseuon yn aros ar weinydd eich sefydliad.',
    },
    locations: [
      location('mattermost', 'windows', 'typed', 'Mattermost/IndexedDB', 'web-storage', typed, 'KAPE:Mattermost', { base: 'appData' }),
      location('mattermost', 'macos', 'typed', 'Library/Application Support/Mattermost/IndexedDB', 'web-storage', typed, `BREW:mattermost; KAPE:Mattermost for what is inside`),
      location('mattermost', 'macos', 'logs', 'Library/Logs/Mattermost', 'logs', APP_LOGS, 'BREW:mattermost'),
      location('mattermost', 'linux', 'typed', '.config/Mattermost/IndexedDB', 'web-storage', typed, `${ELECTRON}; KAPE:Mattermost for what is inside`),
    ],
  },
});
