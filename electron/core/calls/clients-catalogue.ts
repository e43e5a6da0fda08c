import type { z } from 'zod';
import type { clientEntrySchema } from './catalogue-schema.js';

type ClientInput = z.input<typeof clientEntrySchema>;

/**
 * Meeting clients. Source tags: [SEB] Safe Exam Browser default blocklist; [BREW:x] Homebrew cask zap/uninstall
 * stanzas; [BRUNERD] brunerd/macAdminTools inMeeting_*.sh; [WP-BT] WirePlumber's Bluetooth media-role list;
 * [DFIR-CAM] CapabilityAccessManager write-ups; "public code" = seen in several public scripts, not from the vendor.
 */
export const builtInClients: readonly ClientInput[] = [
  {
    id: 'zoom',
    name: 'Zoom',
    processes: { windows: ['Zoom.exe'], macos: ['zoom.us'], linux: ['zoom', 'ZoomLauncher'] },
    bundleIds: ['us.zoom.xos'],
    inCallProcesses: { windows: ['CptHost.exe'], macos: ['CptHost'], linux: ['CptHost', 'aomhost'] },
    audioStreamNames: ['ZOOM VoiceEngine'],
    recordingFolders: ['Documents/Zoom'],
    sources: [
      'CptHost only during a meeting: BRUNERD inMeeting_Zoom.sh; Windows CptHost.exe in %APPDATA%\\Zoom\\bin (public code)',
      'Linux /opt/zoom holds zoom, aomhost, ZoomLauncher (nixpkgs zoom-us); Linux in-call helpers unconfirmed',
      'capture stream "ZOOM VoiceEngine": WP-BT',
      'local recordings in ~/Documents/Zoom: BREW:zoom zap list',
    ],
  },
  {
    id: 'teams-classic',
    name: 'Microsoft Teams (classic)',
    processes: { windows: ['Teams.exe'], macos: ['Microsoft Teams'] },
    bundleIds: ['com.microsoft.teams'],
    sources: ['SEB; BREW:microsoft-teams (classic bundle com.microsoft.teams)'],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    processes: { windows: ['ms-teams.exe', 'msteams.exe'], macos: ['MSTeams'] },
    bundleIds: ['com.microsoft.teams2'],
    packageFamilies: ['MSTeams_8wekyb3d8bbwe'],
    inCallProcesses: { windows: ['ms-teams_modulehost.exe'] },
    sources: [
      'ms-teams.exe (OriginalFileName msteams.exe): SigmaHQ proc_creation_win_renamed_msteams.yml',
      'macOS MSTeams / com.microsoft.teams2: BREW:microsoft-teams',
      'ms-teams_modulehost.exe call process: Microsoft 365 message-center summaries, unconfirmed',
      'package family MSTeams_8wekyb3d8bbwe: Microsoft "Clear the Teams client cache" article',
    ],
  },
  {
    id: 'teams-for-linux',
    name: 'Teams for Linux (unofficial)',
    processes: { linux: ['teams-for-linux'] },
    sources: ['IsmaelMartinez/teams-for-linux package name (public code)'],
  },
  {
    id: 'webex',
    name: 'Webex',
    processes: { windows: ['CiscoCollabHost.exe', 'CiscoWebExStart.exe', 'webexmta.exe'], macos: ['Webex', 'Cisco Webex Meetings'] },
    bundleIds: ['Cisco-Systems.Spark', 'com.cisco.webex*', 'com.webex.*'],
    inCallProcesses: { windows: ['atmgr.exe'] },
    sources: ['SEB; BREW:webex', 'atmgr.exe (Webex meeting manager) during meetings: public code, unconfirmed'],
  },
  {
    id: 'slack',
    name: 'Slack (huddles)',
    processes: { windows: ['slack.exe'], macos: ['Slack'], linux: ['slack'] },
    bundleIds: ['com.tinyspeck.slackmacgap'],
    sources: ['BREW:slack; Windows %LOCALAPPDATA%\\slack\\slack.exe (public code); huddle = Slack holding the microphone (inference)'],
  },
  {
    id: 'goto',
    name: 'GoTo Meeting',
    processes: { windows: ['GoTo.exe', 'g2mcomm.exe', 'g2mstart.exe'], macos: ['GoTo', 'GoTo Meeting'] },
    bundleIds: ['com.logmein.goto*', 'com.logmein.GoToMeeting*'],
    inCallProcesses: { macos: ['GoTo Helper (Plugin)'] },
    sources: ['GoTo Helper (Plugin) during meetings: BRUNERD inMeeting_Goto.sh', 'Windows g2m* names: public code, unconfirmed'],
  },
  {
    id: 'skype',
    name: 'Skype',
    processes: { windows: ['Skype.exe'], macos: ['Skype'], linux: ['skypeforlinux'] },
    bundleIds: ['com.skype.skype'],
    audioStreamNames: ['Skype'],
    sources: ['SEB; BREW:skype; WP-BT ("Skype"); Microsoft retired Skype in May 2025, kept for old installs'],
  },
  {
    id: 'jitsi',
    name: 'Jitsi Meet',
    processes: { windows: ['Jitsi Meet.exe'], macos: ['Jitsi Meet'], linux: ['jitsi-meet'] },
    bundleIds: ['org.jitsi.jitsi-meet'],
    sources: ['jitsi/jitsi-meet-electron electron-builder config (productName "Jitsi Meet", appId org.jitsi.jitsi-meet)'],
  },
  {
    id: 'chime',
    name: 'Amazon Chime',
    processes: { windows: ['Chime.exe'], macos: ['Amazon Chime'] },
    bundleIds: ['com.amazon.Amazon-Chime'],
    sources: ['BREW:amazon-chime; Windows name: public code, unconfirmed'],
  },
  {
    id: 'ringcentral',
    name: 'RingCentral',
    processes: { windows: ['RingCentral.exe'], macos: ['RingCentral'], linux: ['ringcentral'] },
    bundleIds: ['com.ringcentral.glip', 'com.ringcentral.*'],
    sources: ['BREW:ringcentral; other names: public code, unconfirmed'],
  },
  {
    id: 'bluejeans',
    name: 'BlueJeans',
    processes: { windows: ['BlueJeans.exe'], macos: ['BlueJeans'] },
    bundleIds: ['com.bluejeansnet.Blue*'],
    sources: ['BREW:bluejeans; service ended 2024, kept for old installs'],
  },
  {
    id: 'browser-chrome',
    name: 'Google Chrome (Meet, Teams or Zoom on the web)',
    kind: 'browser',
    processes: { windows: ['chrome.exe'], macos: ['Google Chrome', 'Google Chrome Helper'], linux: ['chrome', 'google-chrome'] },
    bundleIds: ['com.google.Chrome*'],
    audioStreamNames: ['Google Chrome input', 'WEBRTC VoiceEngine'],
    sources: ['WP-BT ("Google Chrome input", "WEBRTC VoiceEngine"); BREW:google-chrome'],
  },
  {
    id: 'browser-chromium',
    name: 'Chromium (web meeting)',
    kind: 'browser',
    processes: { windows: ['chromium.exe'], macos: ['Chromium'], linux: ['chromium'] },
    bundleIds: ['org.chromium.Chromium'],
    audioStreamNames: ['Chromium input'],
    sources: ['WP-BT ("Chromium input"); Debian chromium package'],
  },
  {
    id: 'browser-edge',
    name: 'Microsoft Edge (web meeting)',
    kind: 'browser',
    processes: { windows: ['msedge.exe'], macos: ['Microsoft Edge'], linux: ['msedge', 'microsoft-edge'] },
    bundleIds: ['com.microsoft.edgemac*'],
    audioStreamNames: ['Microsoft Edge input'],
    sources: ['WP-BT ("Microsoft Edge input"); BREW:microsoft-edge'],
  },
  {
    id: 'browser-firefox',
    name: 'Firefox (web meeting)',
    kind: 'browser',
    processes: { windows: ['firefox.exe'], macos: ['firefox'], linux: ['firefox', 'firefox-esr', 'firefox-bin'] },
    bundleIds: ['org.mozilla.firefox*'],
    audioStreamNames: ['Firefox'],
    sources: ['WP-BT ("Firefox"); BREW:firefox; Debian firefox-esr package'],
  },
  {
    id: 'browser-other',
    name: 'Brave, Vivaldi or Safari (web meeting)',
    kind: 'browser',
    processes: { windows: ['brave.exe', 'vivaldi.exe'], macos: ['Brave Browser', 'Vivaldi', 'Safari'], linux: ['brave', 'vivaldi-bin'] },
    bundleIds: ['com.brave.Browser*', 'com.vivaldi.Vivaldi', 'com.apple.Safari'],
    audioStreamNames: ['Brave input', 'Vivaldi input'],
    sources: ['WP-BT ("Brave input", "Vivaldi input"); BREW:brave-browser; BREW:vivaldi'],
  },
];
