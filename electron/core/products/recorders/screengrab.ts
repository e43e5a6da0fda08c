import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'screengrab',
  role: 'recorder',
  name: 'ScreenGrab (LXQt)',
  category: 'screenshot-tool',
  processes: { linux: ['screengrab'] },
  sources: ['DEB:screengrab'],
});
