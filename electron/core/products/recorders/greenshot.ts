import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'greenshot',
  role: 'recorder',
  name: 'Greenshot',
  category: 'screenshot-tool',
  processes: { windows: ['Greenshot.exe'], macos: ['Greenshot'] },
  mayBeIdle: true,
  sources: ['SBAC (Greenshot.exe); macOS name unconfirmed'],
});
