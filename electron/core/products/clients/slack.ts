import { defineProduct } from '../define-product.js';

// Tags: BREW:slack (Homebrew cask zap list), public code for Windows and Linux folders.
const all = ['login-email', 'display-names', 'contacts', 'meeting-history', 'chat-messages', 'ip-addresses', 'sign-in-tokens'] as const;
const logs = ['ip-addresses', 'display-names', 'login-email'] as const;

export default defineProduct({
  id: 'slack',
  role: 'meeting-client',
  name: 'Slack',
  description: { 'en-GB': 'Slack; its huddles are calls.', cy: 'Slack; galwadau yw ei huddles.' },
  processes: { windows: ['slack.exe'], macos: ['Slack'], linux: ['slack'] },
  helpers: { macos: ['Slack Helper*'] },
  bundleIds: ['com.tinyspeck.slackmacgap'],
  sources: ['slack.exe: SEB; BREW:slack; Windows %LOCALAPPDATA%\\slack\\slack.exe (public code); a huddle = Slack holding the microphone (inference)', 'SEB-MAC (Slack, com.tinyspeck.slackmacgap)'],
  cleanup: {
    vendorAction: {
      'en-GB': 'Slack: Help > Troubleshooting > Clear Cache and Restart, or sign out of each workspace.',
      cy: 'Slack: Help > Troubleshooting > Clear Cache and Restart, neu allgofnodwch o bob gweithle.',
    },
    limits: {
      'en-GB': 'The key that protects Slack\'s cookies (Keychain / libsecret "Slack Safe Storage") is not touched.',
      cy: 'Nid yw’r allwedd sy’n diogelu cwcis Slack (Keychain / libsecret "Slack Safe Storage") yn cael ei chyffwrdd.',
    },
    locations: [
      {
        id: 'slack.windows.data', os: 'windows', base: 'appData', path: 'Slack', kind: 'folder', what: 'data', holds: [...all], clear: 'clear', signsOut: true,
        keep: ['storage/root-state.json'], note: 'workspace tokens live in Local Storage; the Cookies database is encrypted per value', source: 'public code',
      },
      { id: 'slack.macos.data', os: 'macos', base: 'home', path: 'Library/Application Support/Slack', kind: 'folder', what: 'data', holds: [...all], clear: 'clear', signsOut: true, source: 'BREW:slack' },
      { id: 'slack.macos.appstore', os: 'macos', base: 'home', path: 'Library/Containers/com.tinyspeck.slackmacgap*', kind: 'folder', what: 'data', install: 'store', holds: [...all], clear: 'clear', signsOut: true, note: 'Mac App Store build', source: 'BREW:slack' },
      { id: 'slack.macos.logs', os: 'macos', base: 'home', path: 'Library/Logs/Slack', kind: 'folder', what: 'logs', holds: [...logs], clear: 'clear', signsOut: false, source: 'BREW:slack' },
      { id: 'slack.macos.caches', os: 'macos', base: 'home', path: 'Library/Caches/com.tinyspeck.slackmacgap*', kind: 'folder', what: 'cache', holds: ['display-names'], clear: 'clear', signsOut: false, source: 'BREW:slack' },
      { id: 'slack.macos.cookies', os: 'macos', base: 'home', path: 'Library/Cookies/com.tinyspeck.slackmacgap.binarycookies', kind: 'file', what: 'cookies', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:slack' },
      { id: 'slack.macos.http-storage', os: 'macos', base: 'home', path: 'Library/HTTPStorages/com.tinyspeck.slackmacgap*', kind: 'folder', what: 'web-storage', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:slack' },
      { id: 'slack.macos.group', os: 'macos', base: 'home', path: 'Library/Group Containers/*.com.tinyspeck.slackmacgap', kind: 'folder', what: 'data', holds: [...all], clear: 'clear', signsOut: true, source: 'BREW:slack' },
      { id: 'slack.macos.webkit', os: 'macos', base: 'home', path: 'Library/WebKit/com.tinyspeck.slackmacgap', kind: 'folder', what: 'web-storage', holds: ['sign-in-tokens'], clear: 'clear', signsOut: true, source: 'BREW:slack' },
      { id: 'slack.linux.data', os: 'linux', base: 'home', path: '.config/Slack', kind: 'folder', what: 'data', holds: [...all], clear: 'clear', signsOut: true, source: 'public code' },
      { id: 'slack.linux.snap', os: 'linux', base: 'home', path: 'snap/slack/*/.config/Slack', kind: 'folder', what: 'data', install: 'snap', holds: [...all], clear: 'clear', signsOut: true, source: 'SNAP:slack (HOME is ~/snap/slack/<revision>)' },
      { id: 'slack.linux.flatpak', os: 'linux', base: 'home', path: '.var/app/com.slack.Slack/config/Slack', kind: 'folder', what: 'data', install: 'flatpak', holds: [...all], clear: 'clear', signsOut: true, source: 'FLATHUB:com.slack.Slack (XDG_CONFIG_HOME is ~/.var/app/com.slack.Slack/config)' },
    ],
  },
});
