import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'teamspeak',
  role: 'meeting-client',
  name: 'TeamSpeak',
  description: { 'en-GB': 'TeamSpeak voice chat.', cy: 'Sgwrs llais TeamSpeak.' },
  processes: { windows: ['ts3client_win64.exe', 'ts3_client_win64.exe', 'TeamSpeak.exe'], macos: ['TeamSpeak 3 Client', 'Team Speak 3', 'TeamSpeak'], linux: ['ts3client_linux_amd64'] },
  sources: [
    'SBAC (ts3_client_win64.exe, Team Speak 3)',
    'ts3client_win64.exe, ts3client_linux_amd64: the TeamSpeak 3 client archives (teamspeak.com downloads); TeamSpeak.exe (TeamSpeak 5/6): public code, unconfirmed',
  ],
});
