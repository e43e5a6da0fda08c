import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'goto',
  role: 'meeting-client',
  name: 'GoTo Meeting',
  description: { 'en-GB': 'GoTo Meeting (formerly GoToMeeting) and the GoTo app.', cy: 'GoTo Meeting (GoToMeeting gynt) ac ap GoTo.' },
  processes: { windows: ['GoTo.exe', 'g2mcomm.exe', 'g2mstart.exe', 'g2mlauncher.exe', 'GotoMeetingWinStore.exe'], macos: ['GoTo', 'GoTo Meeting'] },
  inCall: { macos: ['GoTo Helper (Plugin)'] },
  bundleIds: ['com.logmein.goto*', 'com.logmein.GoToMeeting*'],
  sources: [
    'GoTo Helper (Plugin) during meetings: BRUNERD inMeeting_Goto.sh',
    'Windows g2mcomm.exe, g2mlauncher.exe, g2mstart.exe, GotoMeetingWinStore.exe: SEB; GoTo.exe: public code, unconfirmed',
  ],
});
