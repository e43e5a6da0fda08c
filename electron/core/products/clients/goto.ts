import { defineProduct } from '../define-product.js';
import { APP_DATA, location } from '../location-helpers.js';

export default defineProduct({
  id: 'goto',
  role: 'meeting-client',
  name: 'GoTo Meeting',
  description: { 'en-GB': 'GoTo Meeting (formerly GoToMeeting) and the GoTo app.', cy: 'GoTo Meeting (GoToMeeting gynt) ac ap GoTo.' },
  processes: { windows: ['GoTo.exe', 'g2mcomm.exe', 'g2mstart.exe', 'g2mlauncher.exe', 'GotoMeetingWinStore.exe'], macos: ['GoTo', 'GoTo Meeting', 'GoToMeeting'] },
  inCall: { macos: ['GoTo Helper (Plugin)'] },
  bundleIds: ['com.logmein.goto*', 'com.logmein.GoToMeeting*'],
  sources: [
    'GoTo Helper (Plugin) during meetings: BRUNERD inMeeting_Goto.sh',
    'SEB-MAC (GoToMeeting, com.logmein.GoToMeeting); macOS GoTo and GoTo Meeting: the renamed app (BREW:goto)',
    'Windows g2mcomm.exe, g2mlauncher.exe, g2mstart.exe, GotoMeetingWinStore.exe: SEB; GoTo.exe: public code, unconfirmed',
  ],
  // Only macOS's folders are published (Homebrew's zap list); its LaunchAgents are the app's updater, not data.
  cleanup: {
    vendorAction: {
      'en-GB': 'GoTo Meeting: sign out in the app (your initials > Sign out).',
      cy: 'GoTo Meeting: allgofnodwch yn yr ap (eich llythrennau blaen > Sign out).',
    },
    locations: [
      location('goto', 'macos', 'data', 'Library/Application Support/LogMeInInc/GoToMeeting', 'data', APP_DATA, 'BREW:gotomeeting (contents: inference, the app\'s data folder)'),
      location('goto', 'macos', 'app-data', 'Library/Application Support/LogMeInInc/GoToMeetingElectron', 'data', APP_DATA, 'BREW:gotomeeting (contents: inference, the app\'s data folder)'),
    ],
  },
});
