import { defineProduct } from '../define-product.js';
import type { LocationInput } from '../schema.js';

// Tags: MS-TEAMS-CACHE (Microsoft's "Clear the Teams client cache"), BREW:microsoft-teams, public helpdesk scripts.
const webData = ['login-email', 'display-names', 'contacts', 'meeting-history', 'chat-messages', 'ip-addresses', 'sign-in-tokens'] as const;
// Microsoft's scripts save and restore custom backgrounds around a cache clear; we leave them where they are, and
// classic Teams' desktop-config.json (the person's app settings) with them.
const classicKeep = ['Backgrounds', 'desktop-config.json'];
const newKeep = ['Backgrounds'];

const locations: LocationInput[] = [
  {
    id: 'teams.windows.classic', os: 'windows', base: 'appData', path: 'Microsoft/Teams', kind: 'folder', what: 'data', install: 'classic',
    holds: [...webData], clear: 'clear', signsOut: true, keep: classicKeep,
    note: 'Teams classic; its sign-in tokens in Credential Manager (msteams_adalsso/*) are not touched', source: 'MS-TEAMS-CACHE',
  },
  {
    id: 'teams.windows.new', os: 'windows', base: 'localAppData', path: 'Packages/MSTeams_8wekyb3d8bbwe/LocalCache/Microsoft/MSTeams', kind: 'folder', what: 'data', install: 'new',
    holds: [...webData], clear: 'clear', signsOut: false, keep: newKeep,
    note: 'new Teams signs in through Windows (WAM), so clearing does not sign out; Settings > Apps > Microsoft Teams > Reset is the vendor\'s way',
    source: 'MS-TEAMS-CACHE',
  },
  {
    id: 'teams.windows.wam', os: 'windows', base: 'localAppData', path: 'Microsoft/OneAuth', kind: 'folder', what: 'sign-in',
    holds: ['sign-in-tokens'], clear: 'never', signsOut: true,
    note: 'shared by every Microsoft 365 app and device single sign-on (also IdentityCache, TokenBroker): never touched',
    source: 'public code; inference: WAM is shared by every Microsoft 365 app',
  },
  { id: 'teams.macos.classic', os: 'macos', base: 'home', path: 'Library/Application Support/Microsoft/Teams', kind: 'folder', what: 'data', install: 'classic', holds: [...webData], clear: 'clear', signsOut: true, keep: classicKeep, source: 'MS-TEAMS-CACHE' },
  { id: 'teams.macos.classic-logs', os: 'macos', base: 'home', path: 'Library/Logs/Microsoft Teams', kind: 'folder', what: 'logs', install: 'classic', holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'MS-TEAMS-CACHE' },
  {
    id: 'teams.macos.new', os: 'macos', base: 'home', path: 'Library/Containers/com.microsoft.teams2', kind: 'folder', what: 'data', install: 'new',
    holds: [...webData], clear: 'clear', signsOut: true, keep: ['Data/Library/Application Support/Microsoft/MSTeams/Backgrounds'], source: 'MS-TEAMS-CACHE; BREW:microsoft-teams',
  },
  {
    id: 'teams.macos.new-group', os: 'macos', base: 'home', path: 'Library/Group Containers/UBF8T346G9.com.microsoft.teams', kind: 'folder', what: 'logs', install: 'new',
    holds: ['ip-addresses', 'display-names', 'login-email'], clear: 'clear', signsOut: false, source: 'MS-TEAMS-CACHE; BREW:microsoft-teams',
  },
  { id: 'teams.macos.caches', os: 'macos', base: 'home', path: 'Library/Caches/com.microsoft.teams', kind: 'folder', what: 'cache', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:microsoft-teams' },
  { id: 'teams.macos.cookies', os: 'macos', base: 'home', path: 'Library/Cookies/com.microsoft.teams.binarycookies', kind: 'file', what: 'cookies', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:microsoft-teams' },
  { id: 'teams.macos.http-storage', os: 'macos', base: 'home', path: 'Library/HTTPStorages/com.microsoft.teams*', kind: 'folder', what: 'web-storage', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:microsoft-teams' },
  { id: 'teams.macos.webkit', os: 'macos', base: 'home', path: 'Library/WebKit/com.microsoft.teams', kind: 'folder', what: 'web-storage', holds: ['sign-in-tokens', 'display-names'], clear: 'clear', signsOut: true, source: 'BREW:microsoft-teams' },
  { id: 'teams.macos.helper-logs', os: 'macos', base: 'home', path: 'Library/Logs/Microsoft Teams Helper (Renderer)', kind: 'folder', what: 'logs', holds: ['ip-addresses', 'display-names'], clear: 'clear', signsOut: false, source: 'BREW:microsoft-teams' },
  {
    id: 'teams.macos.keychain', os: 'macos', base: 'home', path: 'Library/Keychains', kind: 'folder', what: 'sign-in',
    holds: ['sign-in-tokens'], clear: 'never', signsOut: true,
    note: 'the login keychain holds every app\'s secrets: never touched; use Sign out in Teams', source: 'inference: the login keychain is shared by every app',
  },
  {
    id: 'teams.linux.teams-for-linux', os: 'linux', base: 'home', path: '.config/teams-for-linux', kind: 'folder', what: 'data', install: 'community',
    holds: [...webData], clear: 'clear', signsOut: true, note: 'Microsoft retired its Linux client; this is the community wrapper of Teams on the web', source: 'public code',
  },
  {
    id: 'teams.windows.personal', os: 'windows', base: 'localAppData', path: 'Packages/MicrosoftTeams_8wekyb3d8bbwe/LocalCache/Microsoft/MSTeams', kind: 'folder', what: 'data', install: 'personal',
    holds: [...webData], clear: 'clear', signsOut: false, keep: newKeep,
    note: 'Teams (free) / Chat that Windows 11 installs for personal accounts: the same layout as new Teams in its own package',
    source: 'DFIR-CAM (package MicrosoftTeams_8wekyb3d8bbwe in ConsentStore); public code: a Teams (free) developer-tools guide (configuration.json in …\\LocalCache\\Microsoft\\MSTeams), a forensic write-up (…\\MSTeams\\EBWebView\\Default\\IndexedDB) and helpdesk cleanup scripts (…\\MSTeams\\Logs)',
  },
  {
    id: 'teams.macos.new-insiders', os: 'macos', base: 'home', path: 'Library/Containers/com.microsoft.teams2.*', kind: 'folder', what: 'data', install: 'insiders',
    holds: [...webData], clear: 'clear', signsOut: true, note: 'preview builds (Public Preview / Insiders) use their own container: name unconfirmed', source: 'BREW:microsoft-teams@preview (unconfirmed)',
  },
  {
    id: 'teams.linux.teams-for-linux-snap', os: 'linux', base: 'home', path: 'snap/teams-for-linux/*/.config/teams-for-linux', kind: 'folder', what: 'data', install: 'snap',
    holds: [...webData], clear: 'clear', signsOut: true, source: 'SNAP:teams-for-linux (HOME is ~/snap/teams-for-linux/<revision>)',
  },
  {
    id: 'teams.linux.teams-for-linux-flatpak', os: 'linux', base: 'home', path: '.var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux', kind: 'folder', what: 'data', install: 'flatpak',
    holds: [...webData], clear: 'clear', signsOut: true, source: 'FLATHUB:com.github.IsmaelMartinez.teams_for_linux',
  },
  {
    id: 'teams.linux.classic', os: 'linux', base: 'home', path: '.config/Microsoft/Microsoft Teams', kind: 'folder', what: 'data', install: 'classic',
    holds: [...webData], clear: 'clear', signsOut: true, keep: classicKeep, note: 'retired Microsoft client, still found on older laptops', source: 'public code',
  },
];

export default defineProduct({
  id: 'teams',
  role: 'meeting-client',
  name: 'Microsoft Teams',
  description: { 'en-GB': 'Microsoft Teams, classic or new, and the community Teams for Linux.', cy: 'Microsoft Teams, clasurol neu newydd, a Teams for Linux y gymuned.' },
  aliases: [
    { id: 'teams-classic', processes: { windows: ['Teams.exe'], macos: ['Microsoft Teams', 'Teams'], linux: ['teams'] } },
    { id: 'teams-for-linux', processes: { linux: ['teams-for-linux'] } },
  ],
  processes: { windows: ['Teams.exe', 'ms-teams.exe', 'msteams.exe'], macos: ['Microsoft Teams', 'Teams', 'MSTeams'], linux: ['teams', 'teams-for-linux'] },
  helpers: {
    windows: ['ms-teamsupdate.exe', 'msteamsupdate.exe'],
    macos: ['Microsoft Teams Helper*', 'Microsoft Teams (work or school)', 'Microsoft Teams classic*', 'Microsoft Teams ModuleHost'],
  },
  inCall: { windows: ['ms-teams_modulehost.exe'] },
  bundleIds: ['com.microsoft.teams', 'com.microsoft.teams2'],
  packageFamilies: ['MSTeams_8wekyb3d8bbwe'],
  sources: [
    'SEB-MAC (MSTeams com.microsoft.teams2, Teams com.microsoft.teams)',
    'classic Teams.exe: SEB; macOS classic bundle com.microsoft.teams: BREW:microsoft-teams',
    'ms-teams.exe (OriginalFileName msteams.exe): SigmaHQ proc_creation_win_renamed_msteams.yml',
    'macOS MSTeams / com.microsoft.teams2: BREW:microsoft-teams',
    'ms-teams_modulehost.exe call process: Microsoft 365 message-center summaries, unconfirmed',
    'package family MSTeams_8wekyb3d8bbwe: MS-TEAMS-CACHE',
    'teams-for-linux: IsmaelMartinez/teams-for-linux package name (public code)',
  ],
  cleanup: {
    locations,
    vendorAction: {
      'en-GB': 'Quit Teams from its tray icon. New Teams on Windows: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset.',
      cy: 'Caewch Teams o’i eicon yn yr hambwrdd. Teams newydd ar Windows: Gosodiadau > Apiau > Apiau wedi’u gosod > Microsoft Teams > Dewisiadau uwch > Ailosod.',
    },
    limits: {
      'en-GB': 'Sign-in shared with Windows (WAM/OneAuth) or the macOS Keychain stays: use Sign out in Teams for that.',
      cy: 'Mae mewngofnodi a rennir â Windows (WAM/OneAuth) neu Keychain macOS yn aros: defnyddiwch Allgofnodi yn Teams ar gyfer hynny.',
    },
  },
});
