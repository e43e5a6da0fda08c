import type { ClientCatalogueEntry, DataLocation } from './types.js';

// Sources: ZOOM-KB0084064 (Zoom's own client file map), BREW:zoom (Homebrew cask zap list), firejail zoom profile.
const account = ['login-email', 'display-names', 'contacts', 'meeting-history', 'chat-messages'] as const;

const locations: DataLocation[] = [
  {
    id: 'zoom.windows.data', os: 'windows', base: 'appData', path: 'Zoom/data', kind: 'folder',
    holds: [...account, 'dns-cache', 'sign-in-tokens', 'settings'], clear: 'clear', signsOut: true,
    note: 'zoomus.enc.db and zoombase_*.enc.db are encrypted (key in Zoom.us.ini, DPAPI-wrapped); local_dns_cache.db keeps host/IP data',
    source: 'ZOOM-KB0084064',
  },
  {
    id: 'zoom.windows.logs', os: 'windows', base: 'appData', path: 'Zoom/logs', kind: 'folder',
    holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'ZOOM-KB0084064',
  },
  {
    id: 'zoom.windows.recordings', os: 'windows', base: 'home', path: 'Documents/Zoom', kind: 'folder',
    holds: ['recordings'], clear: 'consent', signsOut: false,
    note: 'the user\'s own local recordings: only with a separate, explicit choice', source: 'ZOOM-KB0084064',
  },
  {
    id: 'zoom.macos.data', os: 'macos', base: 'home', path: 'Library/Application Support/zoom.us', kind: 'folder',
    holds: [...account, 'dns-cache', 'settings'], clear: 'clear', signsOut: true,
    note: 'the app bundle is not here; data/*.enc.db are encrypted', source: 'BREW:zoom; ZOOM-KB0084064',
  },
  {
    id: 'zoom.macos.logs', os: 'macos', base: 'home', path: 'Library/Logs/zoom.us', kind: 'folder',
    holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.caches', os: 'macos', base: 'home', path: 'Library/Caches/us.zoom.xos', kind: 'folder',
    holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.cookies', os: 'macos', base: 'home', path: 'Library/Cookies/us.zoom.xos.binarycookies', kind: 'file',
    holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.http-storage', os: 'macos', base: 'home', path: 'Library/HTTPStorages/us.zoom.xos', kind: 'folder',
    holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.http-cookies', os: 'macos', base: 'home', path: 'Library/HTTPStorages/us.zoom.xos.binarycookies', kind: 'file',
    holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.webkit', os: 'macos', base: 'home', path: 'Library/WebKit/us.zoom.xos', kind: 'folder',
    holds: ['sign-in-tokens', 'display-names'], clear: 'clear', signsOut: true, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.phone-logs', os: 'macos', base: 'home', path: 'Library/Logs/ZoomPhone', kind: 'folder',
    holds: ['ip-addresses', 'contacts'], clear: 'clear', signsOut: false, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.chat-prefs', os: 'macos', base: 'home', path: 'Library/Preferences/ZoomChat.plist', kind: 'file',
    holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.dot-zoomus', os: 'macos', base: 'home', path: '.zoomus', kind: 'folder',
    holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'BREW:zoom',
  },
  {
    id: 'zoom.macos.recordings', os: 'macos', base: 'home', path: 'Documents/Zoom', kind: 'folder',
    holds: ['recordings'], clear: 'consent', signsOut: false, source: 'BREW:zoom',
  },
  {
    id: 'zoom.linux.data', os: 'linux', base: 'home', path: '.zoom/data', kind: 'folder',
    holds: [...account, 'dns-cache', 'settings'], clear: 'clear', signsOut: true, source: 'firejail zoom profile; ZOOM-KB0084064',
  },
  {
    id: 'zoom.linux.logs', os: 'linux', base: 'home', path: '.zoom/logs', kind: 'folder',
    holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'firejail zoom profile',
  },
  {
    id: 'zoom.linux.conf', os: 'linux', base: 'home', path: '.config/zoomus.conf', kind: 'file',
    holds: ['login-email', 'settings'], clear: 'clear', signsOut: true, source: 'firejail zoom profile',
  },
  {
    id: 'zoom.linux.cache', os: 'linux', base: 'home', path: '.cache/zoom', kind: 'folder',
    holds: ['display-names'], clear: 'clear', signsOut: false, source: 'firejail zoom profile',
  },
  {
    id: 'zoom.linux.recordings', os: 'linux', base: 'home', path: 'Documents/Zoom', kind: 'folder',
    holds: ['recordings'], clear: 'consent', signsOut: false, source: 'ZOOM-KB0084064',
  },
];

export const zoomClient: ClientCatalogueEntry = {
  id: 'zoom',
  name: 'Zoom',
  processes: {
    windows: ['Zoom.exe', 'CptHost.exe', 'ZoomWebviewHost.exe', 'aomhost64.exe', 'aomhost.exe', 'zCrashReport64.exe', 'Zoom_launcher.exe'],
    macos: ['zoom.us', 'CptHost', 'ZoomWebviewHost', 'aomhost', 'caphost', 'zoom.us Helper*'],
    linux: ['zoom', 'ZoomLauncher', 'zoom.real', 'ZoomWebviewHost', 'CptHost', 'aomhost'],
  },
  locations,
  vendorAction: 'Sign out in Zoom (profile picture > Sign out) before clearing, then quit Zoom from its tray icon.',
};
