import { defineProduct } from '../define-product.js';
import { APP_DATA, location } from '../location-helpers.js';

// The desktop app is Electron: its data folder holds the sign-in to each server and cached messages and names.
// Clearing it signs the person out of every server they added (they add them again); messages stay on the servers.
const data = [...APP_DATA, 'chat-messages', 'contacts'] as const;
const ELECTRON = 'ELECTRON-USERDATA (appData + productName "Rocket.Chat", as Homebrew shows on macOS)';

export default defineProduct({
  id: 'rocket-chat',
  role: 'meeting-client',
  name: 'Rocket.Chat',
  description: { 'en-GB': 'Rocket.Chat, the team chat app; it holds video conferences.', cy: 'Rocket.Chat, ap sgwrsio tîm; mae’n cynnal cynadleddau fideo.' },
  processes: { windows: ['Rocket.Chat.exe'], macos: ['Rocket.Chat'], linux: ['rocketchat-desktop'] },
  helpers: { macos: ['Rocket.Chat Helper*'] },
  bundleIds: ['chat.rocket'],
  sources: [
    'BREW:rocket-chat (Rocket.Chat.app, chat.rocket, zap ~/Library/Application Support/Rocket.Chat and ~/Library/Caches/chat.rocket)',
    'Windows Rocket.Chat.exe, Linux rocketchat-desktop (RocketChat/Rocket.Chat.Electron packages; FLATHUB:chat.rocket.RocketChat): public code',
  ],
  cleanup: {
    vendorAction: {
      'en-GB': 'Rocket.Chat: sign out of each server (your avatar > Logout); messages stay on the servers.',
      cy: 'Rocket.Chat: allgofnodwch o bob gweinydd (eich avatar > Logout); mae negeseuon yn aros ar y gweinyddion.',
    },
    locations: [
      location('rocket-chat', 'windows', 'data', 'Rocket.Chat', 'data', data, ELECTRON, { base: 'appData' }),
      location('rocket-chat', 'macos', 'data', 'Library/Application Support/Rocket.Chat', 'data', data, 'BREW:rocket-chat (contents: inference, an Electron app\'s data folder)'),
      location('rocket-chat', 'macos', 'caches', 'Library/Caches/chat.rocket', 'cache', ['display-names'], 'BREW:rocket-chat'),
      location('rocket-chat', 'linux', 'data', '.config/Rocket.Chat', 'data', data, ELECTRON),
    ],
  },
});
