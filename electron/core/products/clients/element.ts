import { defineProduct } from '../define-product.js';
import { APP_LOGS, location } from '../location-helpers.js';

export default defineProduct({
  id: 'element',
  role: 'meeting-client',
  name: 'Element',
  description: { 'en-GB': 'Element, the Matrix chat app; it makes voice and video calls.', cy: 'Element, ap sgwrsio Matrix; mae’n gwneud galwadau llais a fideo.' },
  processes: { windows: ['Element.exe'], macos: ['Element'], linux: ['element-desktop'] },
  bundleIds: ['im.riot.app'],
  sources: [
    'SEB-MAC (Element (Riot), im.riot.app)',
    'Element.exe: SEB',
    'BREW:element',
    'Linux element-desktop package (packages.element.io)',
  ],
  cleanup: {
    vendorAction: {
      'en-GB': 'Element: to remove the account from this laptop, back up your encryption keys (Settings > Security), then sign out.',
      cy: 'Element: i dynnu’r cyfrif o’r gliniadur hwn, gwnewch gopi wrth gefn o’ch allweddi amgryptio (Settings > Security), yna allgofnodwch.',
    },
    limits: {
      'en-GB': 'Element\'s data folder holds the person\'s messages and the keys that decrypt them: Meeting Guard never touches it, only its logs and cache.',
      cy: 'Mae ffolder data Element yn dal negeseuon y person a’r allweddi sy’n eu dadgryptio: nid yw Meeting Guard byth yn ei gyffwrdd, dim ond ei logiau a’i storfa.',
    },
    locations: [
      location('element', 'macos', 'data', 'Library/Application Support/Element', 'data', ['chat-messages', 'contacts', 'sign-in-tokens'], 'BREW:element', { clear: 'never', note: 'messages and their encryption keys: clearing would lose the person\'s encrypted history' }),
      location('element', 'macos', 'logs', 'Library/Logs/Riot', 'logs', APP_LOGS, 'BREW:element'),
      location('element', 'macos', 'caches', 'Library/Caches/im.riot.app', 'cache', ['display-names'], 'BREW:element'),
    ],
  },
});
