import type { ClientCatalogueEntry, DataLocation } from './types.js';

// Sources: MS-TEAMS-CACHE (Microsoft's "Clear the Teams client cache"), BREW:microsoft-teams, public helpdesk scripts.
const webData = ['login-email', 'display-names', 'contacts', 'meeting-history', 'chat-messages', 'ip-addresses', 'sign-in-tokens'] as const;
// Microsoft's scripts save and restore custom backgrounds around a cache clear; we leave them where they are.
const classicKeep = ['Backgrounds', 'desktop-config.json'];
const newKeep = ['Backgrounds'];

const locations: DataLocation[] = [
  {
    id: 'teams.windows.classic', os: 'windows', base: 'appData', path: 'Microsoft/Teams', kind: 'folder',
    holds: webData, clear: 'clear', signsOut: true, keep: classicKeep,
    note: 'Teams classic; its sign-in tokens in Credential Manager (msteams_adalsso/*) are not touched', source: 'MS-TEAMS-CACHE',
  },
  {
    id: 'teams.windows.new', os: 'windows', base: 'localAppData',
    path: 'Packages/MSTeams_8wekyb3d8bbwe/LocalCache/Microsoft/MSTeams', kind: 'folder',
    holds: webData, clear: 'clear', signsOut: false, keep: newKeep,
    note: 'new Teams signs in through Windows (WAM), so clearing does not sign out; Settings > Apps > Microsoft Teams > Reset is the vendor\'s way',
    source: 'MS-TEAMS-CACHE',
  },
  {
    id: 'teams.windows.wam', os: 'windows', base: 'localAppData', path: 'Microsoft/OneAuth', kind: 'folder',
    holds: ['sign-in-tokens'], clear: 'never', signsOut: true,
    note: 'shared by every Microsoft 365 app and device single sign-on (also IdentityCache, TokenBroker): never touched',
    source: 'public code; inference: WAM is shared by every Microsoft 365 app',
  },
  {
    id: 'teams.macos.classic', os: 'macos', base: 'home', path: 'Library/Application Support/Microsoft/Teams', kind: 'folder',
    holds: webData, clear: 'clear', signsOut: true, keep: classicKeep, source: 'MS-TEAMS-CACHE',
  },
  {
    id: 'teams.macos.classic-logs', os: 'macos', base: 'home', path: 'Library/Logs/Microsoft Teams', kind: 'folder',
    holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'MS-TEAMS-CACHE',
  },
  {
    id: 'teams.macos.new', os: 'macos', base: 'home', path: 'Library/Containers/com.microsoft.teams2', kind: 'folder',
    holds: webData, clear: 'clear', signsOut: true,
    keep: ['Data/Library/Application Support/Microsoft/MSTeams/Backgrounds'], source: 'MS-TEAMS-CACHE; BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.new-group', os: 'macos', base: 'home', path: 'Library/Group Containers/UBF8T346G9.com.microsoft.teams',
    kind: 'folder', holds: ['ip-addresses', 'display-names', 'login-email'], clear: 'clear', signsOut: false,
    source: 'MS-TEAMS-CACHE; BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.caches', os: 'macos', base: 'home', path: 'Library/Caches/com.microsoft.teams', kind: 'folder',
    holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.cookies', os: 'macos', base: 'home', path: 'Library/Cookies/com.microsoft.teams.binarycookies', kind: 'file',
    holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.http-storage', os: 'macos', base: 'home', path: 'Library/HTTPStorages/com.microsoft.teams*', kind: 'folder',
    holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.webkit', os: 'macos', base: 'home', path: 'Library/WebKit/com.microsoft.teams', kind: 'folder',
    holds: ['sign-in-tokens', 'display-names'], clear: 'clear', signsOut: true, source: 'BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.helper-logs', os: 'macos', base: 'home', path: 'Library/Logs/Microsoft Teams Helper (Renderer)', kind: 'folder',
    holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.keychain', os: 'macos', base: 'home', path: 'Library/Keychains', kind: 'folder',
    holds: ['sign-in-tokens'], clear: 'never', signsOut: true,
    note: 'the login keychain holds every app\'s secrets: never touched; use Sign out in Teams', source: 'inference: the login keychain is shared by every app',
  },
  {
    id: 'teams.linux.teams-for-linux', os: 'linux', base: 'home', path: '.config/teams-for-linux', kind: 'folder',
    holds: webData, clear: 'clear', signsOut: true,
    note: 'Microsoft retired its Linux client; this is the community wrapper of Teams on the web', source: 'public code',
  },
  {
    id: 'teams.linux.classic', os: 'linux', base: 'home', path: '.config/Microsoft/Microsoft Teams', kind: 'folder',
    holds: webData, clear: 'clear', signsOut: true, note: 'retired Microsoft client, still found on older laptops', source: 'public code',
  },
];

export const teamsClient: ClientCatalogueEntry = {
  id: 'teams',
  name: 'Microsoft Teams',
  processes: {
    windows: ['Teams.exe', 'ms-teams.exe', 'ms-teamsupdate.exe', 'msteamsupdate.exe'],
    macos: ['Microsoft Teams', 'MSTeams', 'Microsoft Teams Helper*', 'Microsoft Teams (work or school)', 'Microsoft Teams classic*'],
    linux: ['teams', 'teams-for-linux'],
  },
  locations,
  vendorAction: 'Quit Teams from its tray icon. New Teams on Windows: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset.',
  limits: 'Sign-in shared with Windows (WAM/OneAuth) or the macOS Keychain stays: use Sign out in Teams for that.',
};
