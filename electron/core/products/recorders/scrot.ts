import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'scrot',
  role: 'recorder',
  name: 'scrot',
  category: 'screenshot-tool',
  processes: { linux: ['scrot'] },
  sources: ['DEB:scrot (command-line screenshots)'],
});
