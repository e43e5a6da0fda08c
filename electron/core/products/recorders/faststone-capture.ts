import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'faststone-capture',
  role: 'recorder',
  name: 'FastStone Capture',
  category: 'screenshot-tool',
  processes: { windows: ['FSCapture.exe'] },
  mayBeIdle: true,
  sources: ['SBAC (fscapture.exe: screenshots and screen video)'],
});
