import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'podcast-capture',
  role: 'recorder',
  name: 'Podcast Capture',
  category: 'screen-recorder',
  processes: { macos: ['Podcast Capture'] },
  sources: ['SBAC'],
});
