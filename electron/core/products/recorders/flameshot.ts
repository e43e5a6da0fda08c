import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'flameshot',
  role: 'recorder',
  name: 'Flameshot',
  category: 'screenshot-tool',
  processes: { windows: ['flameshot.exe'], macos: ['flameshot'], linux: ['flameshot'] },
  mayBeIdle: true,
  sources: ['DEB:flameshot; BREW:flameshot'],
});
