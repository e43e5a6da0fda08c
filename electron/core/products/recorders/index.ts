import type { ProductInput } from '../schema.js';
import action from './action.js';
import activepresenter from './activepresenter.js';
import aeroadmin from './aeroadmin.js';
import amdRelive from './amd-relive.js';
import ammyyAdmin from './ammyy-admin.js';
import anydesk from './anydesk.js';
import apowerrec from './apowerrec.js';
import appleRemoteDesktop from './apple-remote-desktop.js';
import arecord from './arecord.js';
import audacity from './audacity.js';
import audioHijack from './audio-hijack.js';
import bandicam from './bandicam.js';
import beamyourscreen from './beamyourscreen.js';
import beyondtrust from './beyondtrust.js';
import blueRecorder from './blue-recorder.js';
import byzanz from './byzanz.js';
import camo from './camo.js';
import camtasia from './camtasia.js';
import camtwist from './camtwist.js';
import cap from './cap.js';
import capto from './capto.js';
import captureAssistant from './capture-assistant.js';
import captureMe from './capture-me.js';
import captureit from './captureit.js';
import captus from './captus.js';
import chromeRemoteDesktop from './chrome-remote-desktop.js';
import cleanshot from './cleanshot.js';
import clipchamp from './clipchamp.js';
import cyberlinkScreenRecorder from './cyberlink-screen-recorder.js';
import d3dgear from './d3dgear.js';
import dameware from './dameware.js';
import debut from './debut.js';
import deepinScreenRecorder from './deepin-screen-recorder.js';
import descript from './descript.js';
import droplr from './droplr.js';
import dxtory from './dxtory.js';
import ecammLive from './ecamm-live.js';
import elgatoCameraHub from './elgato-camera-hub.js';
import ezvid from './ezvid.js';
import faststoneCapture from './faststone-capture.js';
import fathom from './fathom.js';
import ffmpegCapture from './ffmpeg-capture.js';
import flameshot from './flameshot.js';
import flashback from './flashback.js';
import fraps from './fraps.js';
import gifox from './gifox.js';
import gnomeScreencast from './gnome-screencast.js';
import gnomeScreenshot from './gnome-screenshot.js';
import gnomeSoundRecorder from './gnome-sound-recorder.js';
import gpuScreenRecorder from './gpu-screen-recorder.js';
import grab from './grab.js';
import granola from './granola.js';
import greenRecorder from './green-recorder.js';
import greenshot from './greenshot.js';
import grim from './grim.js';
import gstreamerCapture from './gstreamer-capture.js';
import gyazo from './gyazo.js';
import hypersnap from './hypersnap.js';
import instantshot from './instantshot.js';
import ishowu from './ishowu.js';
import jamie from './jamie.js';
import jing from './jing.js';
import jumpDesktop from './jump-desktop.js';
import kap from './kap.js';
import kazam from './kazam.js';
import kooha from './kooha.js';
import krfb from './krfb.js';
import krisp from './krisp.js';
import ksnapshot from './ksnapshot.js';
import ksnip from './ksnip.js';
import lightscreen from './lightscreen.js';
import lightshot from './lightshot.js';
import limitless from './limitless.js';
import littlesnapper from './littlesnapper.js';
import logitechCapture from './logitech-capture.js';
import loom from './loom.js';
import macosScreenCapture from './macos-screen-capture.js';
import macwhisper from './macwhisper.js';
import maim from './maim.js';
import manycam from './manycam.js';
import mateScreenshot from './mate-screenshot.js';
import medal from './medal.js';
import mikogo from './mikogo.js';
import mmhmm from './mmhmm.js';
import monosnap from './monosnap.js';
import mwsnap from './mwsnap.js';
import netsupport from './netsupport.js';
import nomachine from './nomachine.js';
import nvidiaBroadcast from './nvidia-broadcast.js';
import nvidiaShare from './nvidia-share.js';
import obs from './obs.js';
import otter from './otter.js';
import overwolfOutplayed from './overwolf-outplayed.js';
import parsec from './parsec.js';
import pcMonitor from './pc-monitor.js';
import peek from './peek.js';
import picpick from './picpick.js';
import piezo from './piezo.js';
import podcastCapture from './podcast-capture.js';
import printkey from './printkey.js';
import pwRecord from './pw-record.js';
import quickAssist from './quick-assist.js';
import quicktime from './quicktime.js';
import radmin from './radmin.js';
import recordmydesktop from './recordmydesktop.js';
import remoteUtilities from './remote-utilities.js';
import remotepc from './remotepc.js';
import restreamStudio from './restream-studio.js';
import rewind from './rewind.js';
import rustdesk from './rustdesk.js';
import screenMimic from './screen-mimic.js';
import screenStudio from './screen-studio.js';
import screenconnect from './screenconnect.js';
import screenflick from './screenflick.js';
import screenflow from './screenflow.js';
import screengrab from './screengrab.js';
import screenium from './screenium.js';
import screenpal from './screenpal.js';
import screenrec from './screenrec.js';
import screenrecordMac from './screenrecord-mac.js';
import screentogif from './screentogif.js';
import scrot from './scrot.js';
import sharex from './sharex.js';
import shottr from './shottr.js';
import shutter from './shutter.js';
import simplescreenrecorder from './simplescreenrecorder.js';
import skitch from './skitch.js';
import snagit from './snagit.js';
import snapCamera from './snap-camera.js';
import snapzPro from './snapz-pro.js';
import snippingTool from './snipping-tool.js';
import spectacle from './spectacle.js';
import splashtop from './splashtop.js';
import stepsRecorder from './steps-recorder.js';
import streamlabs from './streamlabs.js';
import supremo from './supremo.js';
import teamviewer from './teamviewer.js';
import tldv from './tldv.js';
import tuple from './tuple.js';
import twitchStudio from './twitch-studio.js';
import ultraviewer from './ultraviewer.js';
import v4l2loopbackCtl from './v4l2loopback-ctl.js';
import vidyard from './vidyard.js';
import vino from './vino.js';
import vmix from './vmix.js';
import vnc from './vnc.js';
import vokoscreen from './vokoscreen.js';
import vvcap from './vvcap.js';
import webcamoid from './webcamoid.js';
import wfRecorder from './wf-recorder.js';
import windowClippings from './window-clippings.js';
import windowsCamera from './windows-camera.js';
import windowsSoundRecorder from './windows-sound-recorder.js';
import wink from './wink.js';
import wirecast from './wirecast.js';
import wlScreenrec from './wl-screenrec.js';
import xboxGameBar from './xbox-game-bar.js';
import xfce4Screenshooter from './xfce4-screenshooter.js';
import xnapper from './xnapper.js';
import xsplitVcam from './xsplit-vcam.js';
import xsplit from './xsplit.js';
import zight from './zight.js';

export const recorders: readonly ProductInput[] = [
  action,
  activepresenter,
  aeroadmin,
  amdRelive,
  ammyyAdmin,
  anydesk,
  apowerrec,
  appleRemoteDesktop,
  arecord,
  audacity,
  audioHijack,
  bandicam,
  beamyourscreen,
  beyondtrust,
  blueRecorder,
  byzanz,
  camo,
  camtasia,
  camtwist,
  cap,
  capto,
  captureAssistant,
  captureMe,
  captureit,
  captus,
  chromeRemoteDesktop,
  cleanshot,
  clipchamp,
  cyberlinkScreenRecorder,
  d3dgear,
  dameware,
  debut,
  deepinScreenRecorder,
  descript,
  droplr,
  dxtory,
  ecammLive,
  elgatoCameraHub,
  ezvid,
  faststoneCapture,
  fathom,
  ffmpegCapture,
  flameshot,
  flashback,
  fraps,
  gifox,
  gnomeScreencast,
  gnomeScreenshot,
  gnomeSoundRecorder,
  gpuScreenRecorder,
  grab,
  granola,
  greenRecorder,
  greenshot,
  grim,
  gstreamerCapture,
  gyazo,
  hypersnap,
  instantshot,
  ishowu,
  jamie,
  jing,
  jumpDesktop,
  kap,
  kazam,
  kooha,
  krfb,
  krisp,
  ksnapshot,
  ksnip,
  lightscreen,
  lightshot,
  limitless,
  littlesnapper,
  logitechCapture,
  loom,
  macosScreenCapture,
  macwhisper,
  maim,
  manycam,
  mateScreenshot,
  medal,
  mikogo,
  mmhmm,
  monosnap,
  mwsnap,
  netsupport,
  nomachine,
  nvidiaBroadcast,
  nvidiaShare,
  obs,
  otter,
  overwolfOutplayed,
  parsec,
  pcMonitor,
  peek,
  picpick,
  piezo,
  podcastCapture,
  printkey,
  pwRecord,
  quickAssist,
  quicktime,
  radmin,
  recordmydesktop,
  remoteUtilities,
  remotepc,
  restreamStudio,
  rewind,
  rustdesk,
  screenMimic,
  screenStudio,
  screenconnect,
  screenflick,
  screenflow,
  screengrab,
  screenium,
  screenpal,
  screenrec,
  screenrecordMac,
  screentogif,
  scrot,
  sharex,
  shottr,
  shutter,
  simplescreenrecorder,
  skitch,
  snagit,
  snapCamera,
  snapzPro,
  snippingTool,
  spectacle,
  splashtop,
  stepsRecorder,
  streamlabs,
  supremo,
  teamviewer,
  tldv,
  tuple,
  twitchStudio,
  ultraviewer,
  v4l2loopbackCtl,
  vidyard,
  vino,
  vmix,
  vnc,
  vokoscreen,
  vvcap,
  webcamoid,
  wfRecorder,
  windowClippings,
  windowsCamera,
  windowsSoundRecorder,
  wink,
  wirecast,
  wlScreenrec,
  xboxGameBar,
  xfce4Screenshooter,
  xnapper,
  xsplitVcam,
  xsplit,
  zight,
];
