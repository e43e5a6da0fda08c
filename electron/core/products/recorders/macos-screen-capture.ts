import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'macos-screen-capture',
  role: 'recorder',
  name: { 'en-GB': 'macOS screenshot and screen recording', cy: 'Sgrinlun a recordio sgrin macOS' },
  category: 'os-capture',
  processes: { macos: ['screencaptureui', 'screencapture'] },
  bundleIds: ['com.apple.screencaptureui'],
  sources: ['public code; /usr/sbin/screencapture is the command-line recorder (man screencapture)'],
});
