import { defineProduct } from '../define-product.js';
import type { LocationInput } from '../schema.js';

// Tags: ZOOM-KB0084064 (Zoom's client file map), BREW:zoom (Homebrew cask zap list), FIREJAIL (firejail zoom.profile),
// SNAP:zoom-client (a snap's HOME is ~/snap/<name>/<revision>: snapcraft.io/docs/environment-variables, SNAP_USER_DATA),
// FLATHUB:us.zoom.Zoom (its manifest persists ~/.zoom as ~/.var/app/us.zoom.Zoom/.zoom; XDG_CONFIG_HOME and
// XDG_CACHE_HOME are ~/.var/app/<id>/config and cache: docs.flatpak.org "Sandbox permissions"),
// ZOOM-CLOUD (Zoom support "Downloading cloud recordings": files named GMT<date>-<time>_Recording…). Explained in docs/cleanup.md.
const account = ['login-email', 'display-names', 'contacts', 'meeting-history', 'chat-messages'] as const;

export default defineProduct({
  id: 'zoom',
  role: 'meeting-client',
  name: 'Zoom',
  description: { 'en-GB': 'Zoom Workplace, the Zoom meetings app.', cy: 'Zoom Workplace, ap cyfarfodydd Zoom.' },
  processes: { windows: ['Zoom.exe'], macos: ['zoom.us'], linux: ['zoom', 'ZoomLauncher'] },
  helpers: {
    windows: ['ZoomWebviewHost.exe', 'aomhost64.exe', 'aomhost.exe', 'zCrashReport64.exe', 'Zoom_launcher.exe'],
    macos: ['ZoomWebviewHost', 'aomhost', 'caphost', 'zoom.us Helper*'],
    linux: ['zoom.real', 'ZoomWebviewHost'],
  },
  inCall: { windows: ['CptHost.exe'], macos: ['CptHost'], linux: ['CptHost', 'aomhost'] },
  bundleIds: ['us.zoom.xos'],
  audioStreamNames: ['ZOOM VoiceEngine'],
  recordingFolders: ['Documents/Zoom'],
  sources: [
    'SEB-MAC (zoom.us, us.zoom.xos)',
    'CptHost only during a meeting: BRUNERD inMeeting_Zoom.sh; Windows CptHost.exe in %APPDATA%\\Zoom\\bin (public code)',
    'Linux /opt/zoom holds zoom, aomhost, ZoomLauncher (nixpkgs zoom-us); Linux in-call helpers unconfirmed',
    'capture stream "ZOOM VoiceEngine": WP-BT',
    'local recordings in ~/Documents/Zoom: BREW:zoom zap list; ZOOM-KB0084064',
  ],
  cleanup: {
    vendorAction: {
      'en-GB': 'Sign out in Zoom (profile picture > Sign out) before clearing, then quit Zoom from its tray icon.',
      cy: 'Allgofnodwch yn Zoom (llun proffil > Allgofnodi) cyn clirio, yna caewch Zoom o’i eicon yn yr hambwrdd.',
    },
    locations: [
      {
        id: 'zoom.windows.data', os: 'windows', base: 'appData', path: 'Zoom/data', kind: 'folder', what: 'data',
        holds: [...account, 'dns-cache', 'sign-in-tokens', 'settings'], clear: 'clear', signsOut: true,
        note: 'zoomus.enc.db and zoombase_*.enc.db are encrypted (key in Zoom.us.ini, DPAPI-wrapped); local_dns_cache.db keeps host/IP data',
        source: 'ZOOM-KB0084064',
      },
      { id: 'zoom.windows.logs', os: 'windows', base: 'appData', path: 'Zoom/logs', kind: 'folder', what: 'logs', holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'ZOOM-KB0084064' },
      {
        id: 'zoom.windows.recordings', os: 'windows', base: 'home', path: 'Documents/Zoom', kind: 'folder', what: 'recordings',
        holds: ['recordings'], clear: 'consent', signsOut: false, note: 'the user\'s own local recordings: only with a separate, explicit choice', source: 'ZOOM-KB0084064',
      },
      {
        id: 'zoom.macos.data', os: 'macos', base: 'home', path: 'Library/Application Support/zoom.us', kind: 'folder', what: 'data',
        holds: [...account, 'dns-cache', 'settings'], clear: 'clear', signsOut: true, note: 'the app bundle is not here; data/*.enc.db are encrypted', source: 'BREW:zoom; ZOOM-KB0084064',
      },
      { id: 'zoom.macos.logs', os: 'macos', base: 'home', path: 'Library/Logs/zoom.us', kind: 'folder', what: 'logs', holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'BREW:zoom' },
      { id: 'zoom.macos.caches', os: 'macos', base: 'home', path: 'Library/Caches/us.zoom.xos', kind: 'folder', what: 'cache', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:zoom' },
      { id: 'zoom.macos.cookies', os: 'macos', base: 'home', path: 'Library/Cookies/us.zoom.xos.binarycookies', kind: 'file', what: 'cookies', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:zoom' },
      { id: 'zoom.macos.http-storage', os: 'macos', base: 'home', path: 'Library/HTTPStorages/us.zoom.xos', kind: 'folder', what: 'web-storage', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:zoom' },
      { id: 'zoom.macos.http-cookies', os: 'macos', base: 'home', path: 'Library/HTTPStorages/us.zoom.xos.binarycookies', kind: 'file', what: 'cookies', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:zoom' },
      { id: 'zoom.macos.webkit', os: 'macos', base: 'home', path: 'Library/WebKit/us.zoom.xos', kind: 'folder', what: 'web-storage', holds: ['sign-in-tokens', 'display-names'], clear: 'clear', signsOut: true, source: 'BREW:zoom' },
      { id: 'zoom.macos.phone-logs', os: 'macos', base: 'home', path: 'Library/Logs/ZoomPhone', kind: 'folder', what: 'logs', holds: ['ip-addresses', 'contacts'], clear: 'clear', signsOut: false, source: 'BREW:zoom' },
      { id: 'zoom.macos.chat-prefs', os: 'macos', base: 'home', path: 'Library/Preferences/ZoomChat.plist', kind: 'file', what: 'settings', holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'BREW:zoom' },
      { id: 'zoom.macos.dot-zoomus', os: 'macos', base: 'home', path: '.zoomus', kind: 'folder', what: 'settings', holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'BREW:zoom' },
      { id: 'zoom.macos.recordings', os: 'macos', base: 'home', path: 'Documents/Zoom', kind: 'folder', what: 'recordings', holds: ['recordings'], clear: 'consent', signsOut: false, source: 'BREW:zoom' },
      { id: 'zoom.linux.data', os: 'linux', base: 'home', path: '.zoom/data', kind: 'folder', what: 'data', holds: [...account, 'dns-cache', 'settings'], clear: 'clear', signsOut: true, source: 'FIREJAIL; ZOOM-KB0084064' },
      { id: 'zoom.linux.logs', os: 'linux', base: 'home', path: '.zoom/logs', kind: 'folder', what: 'logs', holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'FIREJAIL' },
      { id: 'zoom.linux.conf', os: 'linux', base: 'home', path: '.config/zoomus.conf', kind: 'file', what: 'settings', holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'FIREJAIL' },
      { id: 'zoom.linux.cache', os: 'linux', base: 'home', path: '.cache/zoom', kind: 'folder', what: 'cache', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'FIREJAIL' },
      { id: 'zoom.linux.recordings', os: 'linux', base: 'home', path: 'Documents/Zoom', kind: 'folder', what: 'recordings', holds: ['recordings'], clear: 'consent', signsOut: false, source: 'ZOOM-KB0084064' },
      { id: 'zoom.linux.snap-data', os: 'linux', base: 'home', path: 'snap/zoom-client/*/.zoom/data', kind: 'folder', what: 'data', install: 'snap', holds: [...account, 'dns-cache', 'settings'], clear: 'clear', signsOut: true, source: 'SNAP:zoom-client; ZOOM-KB0084064' },
      { id: 'zoom.linux.snap-logs', os: 'linux', base: 'home', path: 'snap/zoom-client/*/.zoom/logs', kind: 'folder', what: 'logs', install: 'snap', holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'SNAP:zoom-client' },
      { id: 'zoom.linux.snap-conf', os: 'linux', base: 'home', path: 'snap/zoom-client/*/.config/zoomus.conf', kind: 'file', what: 'settings', install: 'snap', holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'SNAP:zoom-client; FIREJAIL' },
      { id: 'zoom.linux.snap-common', os: 'linux', base: 'home', path: 'snap/zoom-client/common/.cache', kind: 'folder', what: 'cache', install: 'snap', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'SNAP:zoom-client (SNAP_USER_COMMON is ~/snap/<name>/common, shared by revisions)' },
      { id: 'zoom.linux.flatpak-data', os: 'linux', base: 'home', path: '.var/app/us.zoom.Zoom/.zoom/data', kind: 'folder', what: 'data', install: 'flatpak', holds: [...account, 'dns-cache', 'settings'], clear: 'clear', signsOut: true, source: 'FLATHUB:us.zoom.Zoom; ZOOM-KB0084064' },
      { id: 'zoom.linux.flatpak-logs', os: 'linux', base: 'home', path: '.var/app/us.zoom.Zoom/.zoom/logs', kind: 'folder', what: 'logs', install: 'flatpak', holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'FLATHUB:us.zoom.Zoom' },
      { id: 'zoom.linux.flatpak-conf', os: 'linux', base: 'home', path: '.var/app/us.zoom.Zoom/config/zoomus.conf', kind: 'file', what: 'settings', install: 'flatpak', holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'FLATHUB:us.zoom.Zoom' },
      { id: 'zoom.linux.flatpak-cache', os: 'linux', base: 'home', path: '.var/app/us.zoom.Zoom/cache', kind: 'folder', what: 'cache', install: 'flatpak', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'FLATHUB:us.zoom.Zoom' },
      ...(['windows', 'macos', 'linux'] as const).map((os): LocationInput => ({
        id: `zoom.${os}.downloaded-recordings`, os, base: 'home', path: 'Downloads/GMT*_Recording*', kind: 'file', what: 'recordings',
        holds: ['recordings', 'display-names'], clear: 'consent', signsOut: false,
        note: 'cloud recordings, transcripts and saved chats downloaded from Zoom: the person\'s own files, only with --include-recordings', source: 'ZOOM-CLOUD',
      })),
    ],
  },
});
