import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'flameshot',
  role: 'recorder',
  name: 'Flameshot',
  category: 'screenshot-tool',
  processes: { windows: ['flameshot.exe'], macos: ['flameshot'], linux: ['flameshot'] },
  mayBeIdle: true,
  sources: ['DEB:flameshot; BREW:flameshot'],
});
