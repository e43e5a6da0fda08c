import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'snapz-pro',
  role: 'recorder',
  name: 'Snapz Pro X',
  category: 'screen-recorder',
  processes: { macos: ['Snapz Pro X'] },
  sources: ['SBAC'],
});
