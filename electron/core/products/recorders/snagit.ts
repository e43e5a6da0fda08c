import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'snagit',
  role: 'recorder',
  name: 'Snagit',
  category: 'screenshot-tool',
  processes: { windows: ['Snagit32.exe', 'Snagit64.exe', 'SnagitCapture.exe', 'SnagitEditor.exe'] },
  bundleIds: ['com.TechSmith.Snagit*'],
  mayBeIdle: true,
  sources: ['BREW:snagit; Windows names: public code, unconfirmed'],
});
