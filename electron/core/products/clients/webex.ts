import { defineProduct } from '../define-product.js';
import type { LocationInput } from '../schema.js';

// Tags: BREW:webex (Homebrew cask zap list), SEB, public code for Windows folders.
const all = ['login-email', 'display-names', 'contacts', 'meeting-history', 'chat-messages', 'ip-addresses', 'sign-in-tokens'] as const;
const logs = ['ip-addresses', 'display-names', 'login-email'] as const;
const mac = (id: string, path: string, what: LocationInput['what'], holds: readonly LocationInput['holds'][number][], signsOut: boolean, install?: 'meetings'): LocationInput => ({
  id: `webex.macos.${id}`, os: 'macos', base: 'home', path, kind: 'folder', what, holds: [...holds], clear: 'clear', signsOut, source: 'BREW:webex', ...(install ? { install } : {}),
});

export default defineProduct({
  id: 'webex',
  role: 'meeting-client',
  name: 'Webex',
  description: { 'en-GB': 'Cisco Webex: the Webex app and Webex Meetings.', cy: 'Cisco Webex: ap Webex a Webex Meetings.' },
  processes: {
    windows: ['CiscoCollabHost.exe', 'CiscoWebExStart.exe', 'webexmta.exe'],
    macos: ['Webex', 'Cisco Webex Meetings', 'Webex Meetings', 'CiscoCollabHost', 'webexmta'],
  },
  helpers: {
    windows: ['Webex.exe', 'WebexHost.exe', 'ptoneclk.exe'],
    macos: ['WebexAppLauncher', 'Webex Helper*', 'Webex Teams'],
    linux: ['webex', 'CiscoCollabHost'],
  },
  inCall: { windows: ['atmgr.exe'] },
  bundleIds: ['Cisco-Systems.Spark', 'com.cisco.webex*', 'com.webex.*'],
  sources: [
    'Windows CiscoCollabHost.exe, CiscoWebExStart.exe, webexmta.exe, ptoneclk.exe: SEB',
    'macOS names and bundle ids: BREW:webex; webexmta (com.cisco.webex.webexmta): SEB-MAC',
    'atmgr.exe (Webex meeting manager) during meetings: public code, unconfirmed',
  ],
  cleanup: {
    vendorAction: { 'en-GB': 'Sign out in Webex (profile picture > Sign out), then quit Webex.', cy: 'Allgofnodwch yn Webex (llun proffil > Allgofnodi), yna caewch Webex.' },
    limits: { 'en-GB': 'Webex on Linux runs in the browser: clear it there (see browser meetings).', cy: 'Mae Webex ar Linux yn rhedeg yn y porwr: cliriwch ef yno (gweler cyfarfodydd yn y porwr).' },
    locations: [
      mac('spark', 'Library/Application Support/Cisco Spark', 'data', all, true),
      mac('meetings', 'Library/Application Support/Webex Meetings', 'data', all, true, 'meetings'),
      mac('cisco-meetings', 'Library/Application Support/Cisco/WebEx Meetings', 'data', all, true, 'meetings'),
      mac('caches', 'Library/Caches/com.cisco.webex.*', 'cache', ['display-names'], false),
      mac('spark-cache', 'Library/Caches/Cisco-Systems.Spark', 'cache', ['display-names'], false),
      mac('group', 'Library/Group Containers/group.com.cisco.webex.meetings', 'data', all, true, 'meetings'),
      mac('folder', 'Library/Application Support/WebEx Folder', 'data', all, true, 'meetings'),
      mac('containers', 'Library/Containers/com.cisco.webex.*', 'data', all, true),
      mac('meetingmanager-cache', 'Library/Caches/com.webex.meetingmanager', 'cache', ['display-names'], false, 'meetings'),
      mac('http-cisco', 'Library/HTTPStorages/com.cisco.webex.*', 'web-storage', ['sign-in-tokens'], true),
      mac('http-webex', 'Library/HTTPStorages/com.webex.*', 'web-storage', ['sign-in-tokens'], true),
      mac('webkit', 'Library/WebKit/Cisco-Systems.Spark', 'web-storage', ['sign-in-tokens', 'display-names'], true),
      mac('logs-spark', 'Library/Logs/SparkMacDesktop', 'logs', logs, false),
      mac('logs-meetings', 'Library/Logs/Webex Meetings', 'logs', logs, false, 'meetings'),
      mac('logs-mta', 'Library/Logs/webexmta', 'logs', logs, false, 'meetings'),
      {
        id: 'webex.windows.spark', os: 'windows', base: 'localAppData', path: 'CiscoSpark', kind: 'folder', what: 'data', holds: [...all], clear: 'clear', signsOut: true,
        note: 'folder name reported by administrators, not confirmed by Cisco documentation', source: 'public code (unconfirmed)',
      },
      { id: 'webex.windows.meetings', os: 'windows', base: 'localAppData', path: 'WebEx', kind: 'folder', what: 'data', install: 'meetings', holds: [...all], clear: 'clear', signsOut: true, note: 'legacy Webex Meetings', source: 'public code' },
    ],
  },
});
