import type { ProductInput } from '../schema.js';
import action from './action.js';
import anydesk from './anydesk.js';
import audacity from './audacity.js';
import bandicam from './bandicam.js';
import camtasia from './camtasia.js';
import chromeRemoteDesktop from './chrome-remote-desktop.js';
import fathom from './fathom.js';
import ffmpegCapture from './ffmpeg-capture.js';
import fraps from './fraps.js';
import gnomeScreencast from './gnome-screencast.js';
import granola from './granola.js';
import kazam from './kazam.js';
import kooha from './kooha.js';
import krisp from './krisp.js';
import loom from './loom.js';
import macosScreenCapture from './macos-screen-capture.js';
import nvidiaShare from './nvidia-share.js';
import obs from './obs.js';
import peek from './peek.js';
import quicktime from './quicktime.js';
import recordmydesktop from './recordmydesktop.js';
import rustdesk from './rustdesk.js';
import screenflow from './screenflow.js';
import sharex from './sharex.js';
import simplescreenrecorder from './simplescreenrecorder.js';
import snagit from './snagit.js';
import snippingTool from './snipping-tool.js';
import teamviewer from './teamviewer.js';
import vokoscreen from './vokoscreen.js';
import xboxGameBar from './xbox-game-bar.js';
import xsplit from './xsplit.js';

export const recorders: readonly ProductInput[] = [
  action,
  anydesk,
  audacity,
  bandicam,
  camtasia,
  chromeRemoteDesktop,
  fathom,
  ffmpegCapture,
  fraps,
  gnomeScreencast,
  granola,
  kazam,
  kooha,
  krisp,
  loom,
  macosScreenCapture,
  nvidiaShare,
  obs,
  peek,
  quicktime,
  recordmydesktop,
  rustdesk,
  screenflow,
  sharex,
  simplescreenrecorder,
  snagit,
  snippingTool,
  teamviewer,
  vokoscreen,
  xboxGameBar,
  xsplit,
];
