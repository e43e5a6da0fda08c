import type { z } from 'zod';
import type { recorderEntrySchema } from './catalogue-schema.js';

type RecorderInput = z.input<typeof recorderEntrySchema>;

/**
 * Recording, screen-capture and remote-view software. "ambiguous" marks tools that sit in the tray without
 * recording: their presence gets a softer message than an active capture. Source tags as in clients-catalogue.ts.
 */
export const builtInRecorders: readonly RecorderInput[] = [
  {
    id: 'obs',
    name: 'OBS Studio',
    category: 'streaming',
    processes: { windows: ['obs64.exe', 'obs32.exe', 'obs.exe'], macos: ['OBS'], linux: ['obs'] },
    bundleIds: ['com.obsproject.obs-studio'],
    sources: ['SEB (obs64.exe, obs32.exe); BREW:obs; Linux binary "obs" (Debian obs-studio package)'],
  },
  {
    id: 'camtasia',
    name: 'Camtasia',
    category: 'screen-recorder',
    processes: { windows: ['CamtasiaStudio.exe', 'Camtasia.exe', 'Camtasia_Studio.exe', 'CamRecorder.exe'] },
    // TechSmith names the app after the year (Camtasia 2024.app): match the bundle id prefix instead.
    bundleIds: ['com.techsmith.camtasia*'],
    sources: ['SEB; BREW:camtasia'],
  },
  {
    id: 'snagit',
    name: 'Snagit',
    category: 'screenshot-tool',
    processes: { windows: ['Snagit32.exe', 'Snagit64.exe', 'SnagitCapture.exe', 'SnagitEditor.exe'] },
    bundleIds: ['com.TechSmith.Snagit*'],
    ambiguous: true,
    sources: ['BREW:snagit; Windows names: public code, unconfirmed'],
  },
  { id: 'bandicam', name: 'Bandicam', category: 'screen-recorder', processes: { windows: ['bdcam.exe', 'bdcam64.exe'] }, sources: ['public code (bdcam.exe, CLI /record)'] },
  { id: 'sharex', name: 'ShareX', category: 'screenshot-tool', processes: { windows: ['ShareX.exe'] }, ambiguous: true, sources: ['public code'] },
  {
    id: 'loom',
    name: 'Loom',
    category: 'screen-recorder',
    processes: { windows: ['Loom.exe'], macos: ['Loom'] },
    bundleIds: ['com.loom.desktop'],
    ambiguous: true,
    sources: ['BREW:loom (login item, so resident)'],
  },
  { id: 'screenflow', name: 'ScreenFlow', category: 'screen-recorder', processes: { macos: ['ScreenFlow'] }, bundleIds: ['net.telestream.screenflow*'], sources: ['BREW:screenflow'] },
  {
    id: 'xsplit',
    name: 'XSplit',
    category: 'streaming',
    processes: { windows: ['XSplit.Core.exe', 'XSplit.Broadcaster.exe', 'XSplit.Capture.exe'] },
    sources: ['public code, unconfirmed'],
  },
  { id: 'fraps', name: 'Fraps', category: 'screen-recorder', processes: { windows: ['fraps.exe'] }, sources: ['public code'] },
  { id: 'action', name: 'Mirillis Action!', category: 'screen-recorder', processes: { windows: ['Action.exe'] }, ambiguous: true, sources: ['public code, unconfirmed'] },
  { id: 'xbox-game-bar', name: 'Xbox Game Bar', category: 'os-capture', processes: { windows: ['GameBar.exe', 'GameBarFTServer.exe'] }, ambiguous: true, sources: ['public code'] },
  {
    id: 'nvidia-share',
    name: 'NVIDIA Share / ShadowPlay',
    category: 'screen-recorder',
    processes: { windows: ['NVIDIA Share.exe', 'NVIDIA Overlay.exe'] },
    ambiguous: true,
    sources: ['public code (always resident with the NVIDIA app)'],
  },
  { id: 'snipping-tool', name: 'Snipping Tool', category: 'os-capture', processes: { windows: ['SnippingTool.exe', 'ScreenSketch.exe'] }, ambiguous: true, sources: ['public code (records video on Windows 11)'] },
  {
    id: 'macos-screen-capture',
    name: 'macOS screenshot and screen recording',
    category: 'os-capture',
    processes: { macos: ['screencaptureui', 'screencapture'] },
    bundleIds: ['com.apple.screencaptureui'],
    sources: ['public code; /usr/sbin/screencapture is the command-line recorder (man screencapture)'],
  },
  { id: 'quicktime', name: 'QuickTime Player', category: 'os-capture', processes: { macos: ['QuickTime Player'] }, bundleIds: ['com.apple.QuickTimePlayerX'], ambiguous: true, sources: ['public code (plays files too)'] },
  { id: 'simplescreenrecorder', name: 'SimpleScreenRecorder', category: 'screen-recorder', processes: { linux: ['simplescreenrecorder'] }, sources: ['Debian simplescreenrecorder package'] },
  {
    id: 'gnome-screencast',
    name: 'GNOME screen recording or screen sharing',
    category: 'os-capture',
    // No reliable process name: seen through PipeWire instead (a node named meta-screen-cast-src, see pw-dump.ts).
    processes: {},
    sources: ['GNOME mutter meta-screen-cast-stream-src.c (pw_stream_new(..., "meta-screen-cast-src"))'],
  },
  { id: 'kazam', name: 'Kazam', category: 'screen-recorder', processes: { linux: ['kazam'] }, sources: ['Debian kazam package (python script; process found by argv)'] },
  { id: 'vokoscreen', name: 'vokoscreenNG', category: 'screen-recorder', processes: { linux: ['vokoscreenNG'] }, sources: ['Debian vokoscreen-ng package'] },
  { id: 'kooha', name: 'Kooha', category: 'screen-recorder', processes: { linux: ['kooha'] }, sources: ['Flathub io.github.seadve.Kooha, unconfirmed'] },
  { id: 'peek', name: 'Peek', category: 'screen-recorder', processes: { linux: ['peek'] }, sources: ['Debian peek package; Flathub com.uploadedlobster.peek'] },
  { id: 'recordmydesktop', name: 'recordMyDesktop', category: 'screen-recorder', processes: { linux: ['recordmydesktop', 'gtk-recordmydesktop'] }, sources: ['Debian recordmydesktop package'] },
  {
    id: 'ffmpeg-capture',
    name: 'ffmpeg',
    category: 'screen-recorder',
    processes: { windows: ['ffmpeg.exe'], macos: ['ffmpeg'], linux: ['ffmpeg'] },
    argRules: [
      { pattern: '(^| )-f (x11grab|kmsgrab|gdigrab|avfoundation|pipewiregrab)( |$)', describes: 'screen capture input' },
      { pattern: '(^| )-f lavfi .*ddagrab', describes: 'Windows desktop duplication input' },
      { pattern: '(^| )-f (pulse|alsa|dshow|v4l2|video4linux2)( |$)', describes: 'microphone or camera input' },
    ],
    sources: ['FFmpeg device documentation (ffmpeg-devices: x11grab, kmsgrab, gdigrab, avfoundation, dshow, pulse, alsa, v4l2); ffmpeg alone only transcodes'],
  },
  { id: 'audacity', name: 'Audacity', category: 'audio-recorder', processes: { windows: ['audacity.exe'], macos: ['Audacity'], linux: ['audacity'] }, bundleIds: ['org.audacityteam.audacity'], ambiguous: true, sources: ['public code; BREW:audacity'] },
  { id: 'granola', name: 'Granola', category: 'ai-notetaker', processes: { windows: ['Granola.exe'], macos: ['Granola'] }, bundleIds: ['com.granola.app'], ambiguous: true, sources: ['BREW:granola; Windows name unconfirmed'] },
  { id: 'fathom', name: 'Fathom', category: 'ai-notetaker', processes: { windows: ['Fathom.exe'], macos: ['Fathom', 'Fathom Helper'] }, ambiguous: true, sources: ['BREW:fathom'] },
  { id: 'krisp', name: 'Krisp', category: 'ai-notetaker', processes: { windows: ['krisp.exe'], macos: ['krisp'] }, bundleIds: ['ai.krisp.krispMac*'], ambiguous: true, sources: ['BREW:krisp (virtual microphone always on; records meeting notes)'] },
  { id: 'teamviewer', name: 'TeamViewer', category: 'remote-view', processes: { windows: ['TeamViewer.exe'], macos: ['TeamViewer'], linux: ['teamviewer', 'TeamViewer'] }, bundleIds: ['com.teamviewer.TeamViewer'], ambiguous: true, sources: ['SEB; BREW:teamviewer'] },
  { id: 'anydesk', name: 'AnyDesk', category: 'remote-view', processes: { windows: ['AnyDesk.exe'], macos: ['AnyDesk'], linux: ['anydesk'] }, bundleIds: ['com.philandro.anydesk'], ambiguous: true, sources: ['SEB; BREW:anydesk'] },
  { id: 'rustdesk', name: 'RustDesk', category: 'remote-view', processes: { windows: ['rustdesk.exe'], macos: ['RustDesk'], linux: ['rustdesk'] }, ambiguous: true, sources: ['SEB; BREW:rustdesk'] },
  { id: 'chrome-remote-desktop', name: 'Chrome Remote Desktop', category: 'remote-view', processes: { windows: ['remoting_host.exe'], linux: ['chrome-remote-desktop-host'] }, ambiguous: true, sources: ['SEB (remoting_host.exe); Linux name unconfirmed'] },
];
