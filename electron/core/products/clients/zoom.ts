import { defineProduct } from '../schema.js';

// Tags: ZOOM-KB0084064 (Zoom's client file map), BREW:zoom (Homebrew cask zap list), FIREJAIL (firejail zoom.profile),
// SNAP (snapcraft.io/zoom-client), FLATHUB (flathub.org/apps/us.zoom.Zoom). Explained in docs/cleanup.md.
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
    ],
  },
});
