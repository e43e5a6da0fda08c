import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ffmpeg-capture',
  role: 'recorder',
  name: 'ffmpeg',
  category: 'screen-recorder',
  processes: { windows: ['ffmpeg.exe'], macos: ['ffmpeg'], linux: ['ffmpeg'] },
  argRules: [
    { pattern: '(^| )-f (x11grab|kmsgrab|gdigrab|avfoundation|pipewiregrab)( |$)', describes: 'screen capture input' },
    { pattern: '(^| )-f lavfi .*ddagrab', describes: 'Windows desktop duplication input' },
    { pattern: '(^| )-f (pulse|alsa|dshow|v4l2|video4linux2)( |$)', describes: 'microphone or camera input' },
  ],
  sources: ['FFmpeg device documentation (ffmpeg-devices: x11grab, kmsgrab, gdigrab, avfoundation, dshow, pulse, alsa, v4l2); ffmpeg alone only transcodes'],
});
