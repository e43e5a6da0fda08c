import type { ClientCatalogueEntry, DataLocation } from './types.js';

// Sources: BREW:webex, BREW:slack (Homebrew cask zap lists), public code for Windows and Linux folders.
const all = ['login-email', 'display-names', 'contacts', 'meeting-history', 'chat-messages', 'ip-addresses', 'sign-in-tokens'] as const;
const logs = ['ip-addresses', 'display-names', 'login-email'] as const;

const webexLocations: DataLocation[] = [
  { id: 'webex.macos.spark', os: 'macos', base: 'home', path: 'Library/Application Support/Cisco Spark', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.meetings', os: 'macos', base: 'home', path: 'Library/Application Support/Webex Meetings', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.cisco-meetings', os: 'macos', base: 'home', path: 'Library/Application Support/Cisco/WebEx Meetings', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.caches', os: 'macos', base: 'home', path: 'Library/Caches/com.cisco.webex.*', kind: 'folder', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:webex' },
  { id: 'webex.macos.spark-cache', os: 'macos', base: 'home', path: 'Library/Caches/Cisco-Systems.Spark', kind: 'folder', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:webex' },
  { id: 'webex.macos.group', os: 'macos', base: 'home', path: 'Library/Group Containers/group.com.cisco.webex.meetings', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.folder', os: 'macos', base: 'home', path: 'Library/Application Support/WebEx Folder', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.containers', os: 'macos', base: 'home', path: 'Library/Containers/com.cisco.webex.*', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.meetingmanager-cache', os: 'macos', base: 'home', path: 'Library/Caches/com.webex.meetingmanager', kind: 'folder', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:webex' },
  { id: 'webex.macos.http-cisco', os: 'macos', base: 'home', path: 'Library/HTTPStorages/com.cisco.webex.*', kind: 'folder', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.http-webex', os: 'macos', base: 'home', path: 'Library/HTTPStorages/com.webex.*', kind: 'folder', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.webkit', os: 'macos', base: 'home', path: 'Library/WebKit/Cisco-Systems.Spark', kind: 'folder', holds: ['sign-in-tokens', 'display-names'], clear: 'clear', signsOut: true, source: 'BREW:webex' },
  { id: 'webex.macos.logs-spark', os: 'macos', base: 'home', path: 'Library/Logs/SparkMacDesktop', kind: 'folder', holds: logs, clear: 'clear', signsOut: false, source: 'BREW:webex' },
  { id: 'webex.macos.logs-meetings', os: 'macos', base: 'home', path: 'Library/Logs/Webex Meetings', kind: 'folder', holds: logs, clear: 'clear', signsOut: false, source: 'BREW:webex' },
  { id: 'webex.macos.logs-mta', os: 'macos', base: 'home', path: 'Library/Logs/webexmta', kind: 'folder', holds: logs, clear: 'clear', signsOut: false, source: 'BREW:webex' },
  {
    id: 'webex.windows.spark', os: 'windows', base: 'localAppData', path: 'CiscoSpark', kind: 'folder', holds: all, clear: 'clear', signsOut: true,
    note: 'folder name reported by administrators, not confirmed by Cisco documentation', source: 'public code (unconfirmed)',
  },
  { id: 'webex.windows.meetings', os: 'windows', base: 'localAppData', path: 'WebEx', kind: 'folder', holds: all, clear: 'clear', signsOut: true, note: 'legacy Webex Meetings', source: 'public code' },
];

export const webexClient: ClientCatalogueEntry = {
  id: 'webex',
  name: 'Webex',
  processes: {
    windows: ['CiscoCollabHost.exe', 'Webex.exe', 'WebexHost.exe', 'ptoneclk.exe', 'atmgr.exe', 'CiscoWebExStart.exe'],
    macos: ['Webex', 'Cisco Webex Meetings', 'Webex Meetings', 'CiscoCollabHost', 'WebexAppLauncher', 'Webex Helper*', 'Webex Teams'],
    linux: ['webex', 'CiscoCollabHost'],
  },
  locations: webexLocations,
  vendorAction: 'Sign out in Webex (profile picture > Sign out), then quit Webex.',
  limits: 'Webex on Linux runs in the browser: clear it there (see browser meetings).',
};

const slackLocations: DataLocation[] = [
  {
    id: 'slack.windows.data', os: 'windows', base: 'appData', path: 'Slack', kind: 'folder', holds: all, clear: 'clear', signsOut: true,
    keep: ['storage/root-state.json'], note: 'workspace tokens live in Local Storage; the Cookies database is encrypted per value', source: 'public code',
  },
  { id: 'slack.macos.data', os: 'macos', base: 'home', path: 'Library/Application Support/Slack', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:slack' },
  { id: 'slack.macos.appstore', os: 'macos', base: 'home', path: 'Library/Containers/com.tinyspeck.slackmacgap*', kind: 'folder', holds: all, clear: 'clear', signsOut: true, note: 'Mac App Store build', source: 'BREW:slack' },
  { id: 'slack.macos.logs', os: 'macos', base: 'home', path: 'Library/Logs/Slack', kind: 'folder', holds: logs, clear: 'clear', signsOut: false, source: 'BREW:slack' },
  { id: 'slack.macos.caches', os: 'macos', base: 'home', path: 'Library/Caches/com.tinyspeck.slackmacgap*', kind: 'folder', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:slack' },
  { id: 'slack.macos.cookies', os: 'macos', base: 'home', path: 'Library/Cookies/com.tinyspeck.slackmacgap.binarycookies', kind: 'file', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:slack' },
  { id: 'slack.macos.http-storage', os: 'macos', base: 'home', path: 'Library/HTTPStorages/com.tinyspeck.slackmacgap*', kind: 'folder', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:slack' },
  { id: 'slack.macos.group', os: 'macos', base: 'home', path: 'Library/Group Containers/*.com.tinyspeck.slackmacgap', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'BREW:slack' },
  { id: 'slack.macos.webkit', os: 'macos', base: 'home', path: 'Library/WebKit/com.tinyspeck.slackmacgap', kind: 'folder', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:slack' },
  { id: 'slack.linux.data', os: 'linux', base: 'home', path: '.config/Slack', kind: 'folder', holds: all, clear: 'clear', signsOut: true, source: 'public code' },
];

export const slackClient: ClientCatalogueEntry = {
  id: 'slack',
  name: 'Slack',
  processes: {
    windows: ['slack.exe'],
    macos: ['Slack', 'Slack Helper*'],
    linux: ['slack'],
  },
  locations: slackLocations,
  vendorAction: 'Slack: Help > Troubleshooting > Clear Cache and Restart, or sign out of each workspace.',
  limits: 'The key that protects Slack\'s cookies (Keychain / libsecret "Slack Safe Storage") is not touched.',
};
