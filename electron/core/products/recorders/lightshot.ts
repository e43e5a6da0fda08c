import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'lightshot',
  role: 'recorder',
  name: 'Lightshot',
  category: 'screenshot-tool',
  processes: { windows: ['Lightshot.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
