import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'gstreamer-capture',
  role: 'recorder',
  name: 'GStreamer (gst-launch-1.0)',
  category: 'screen-recorder',
  processes: { windows: ['gst-launch-1.0.exe'], macos: ['gst-launch-1.0'], linux: ['gst-launch-1.0'] },
  argRules: [
    { pattern: '(^| )(ximagesrc|pipewiresrc|d3d11screencapturesrc|dx9screencapsrc|avfvideosrc)( |$)', describes: 'screen capture source' },
    { pattern: '(^| )(v4l2src|pulsesrc|alsasrc|autoaudiosrc|wasapisrc|osxaudiosrc)( |$)', describes: 'microphone or camera source' },
  ],
  sources: ['DEB:gstreamer1.0-tools; gst-launch-1.0 alone only plays or converts: counted with a capture source (ximagesrc, pipewiresrc, v4l2src, pulsesrc, avfvideosrc, d3d11screencapturesrc)'],
});
