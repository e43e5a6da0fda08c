import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'snipping-tool',
  role: 'recorder',
  name: 'Snipping Tool',
  category: 'os-capture',
  processes: { windows: ['SnippingTool.exe', 'ScreenSketch.exe'] },
  mayBeIdle: true,
  sources: ['public code (records video on Windows 11)'],
});
