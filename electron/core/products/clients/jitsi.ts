import { defineProduct } from '../define-product.js';
import { APP_LOGS, location } from '../location-helpers.js';

// The desktop app is Electron: its data folder is Electron's userData, the OS's app-data folder plus the product
// name (electronjs.org/docs/latest/api/app#appgetpathname, productName "Jitsi Meet" in jitsi-meet-electron's
// electron-builder config); Homebrew's zap list confirms it on macOS. Jitsi Meet keeps the display name and e-mail
// the person typed, and the rooms joined recently, in that folder's Local Storage (inference from the web app's
// settings store). It has no account, so nothing signs out.
const data = ['display-names', 'login-email', 'meeting-history'] as const;
const ELECTRON = 'ELECTRON-USERDATA (appData + productName "Jitsi Meet")';

export default defineProduct({
  id: 'jitsi',
  role: 'meeting-client',
  name: 'Jitsi Meet',
  description: { 'en-GB': 'The Jitsi Meet desktop app (Jitsi in a browser counts as a web meeting).', cy: 'Ap bwrdd gwaith Jitsi Meet (mae Jitsi mewn porwr yn cyfrif fel cyfarfod ar y we).' },
  processes: { windows: ['Jitsi Meet.exe'], macos: ['Jitsi Meet'], linux: ['jitsi-meet'] },
  bundleIds: ['org.jitsi.jitsi-meet'],
  sources: ['jitsi/jitsi-meet-electron electron-builder config (productName "Jitsi Meet", appId org.jitsi.jitsi-meet); Flathub org.jitsi.jitsi-meet'],
  cleanup: {
    vendorAction: {
      'en-GB': 'Jitsi Meet: Settings > Profile holds the name and e-mail it shows others; clear them there, and the recent meetings list on the welcome page.',
      cy: 'Jitsi Meet: mae Settings > Profile yn dal yr enw a’r e-bost y mae’n eu dangos i eraill; cliriwch nhw yno, a’r rhestr cyfarfodydd diweddar ar y dudalen groeso.',
    },
    locations: [
      location('jitsi', 'windows', 'data', 'Jitsi Meet', 'data', data, ELECTRON, { base: 'appData' }),
      location('jitsi', 'macos', 'data', 'Library/Application Support/Jitsi Meet', 'data', data, `BREW:jitsi-meet; ${ELECTRON}`),
      location('jitsi', 'macos', 'logs', 'Library/Logs/Jitsi Meet', 'logs', APP_LOGS, 'BREW:jitsi-meet'),
      location('jitsi', 'linux', 'data', '.config/Jitsi Meet', 'data', data, ELECTRON),
      location('jitsi', 'linux', 'flatpak', '.var/app/org.jitsi.jitsi-meet/config/Jitsi Meet', 'data', data, `FLATHUB:org.jitsi.jitsi-meet (XDG_CONFIG_HOME is ~/.var/app/org.jitsi.jitsi-meet/config); ${ELECTRON}`, { install: 'flatpak' }),
    ],
  },
});
