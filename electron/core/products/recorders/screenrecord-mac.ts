import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'screenrecord-mac',
  role: 'recorder',
  name: 'ScreenRecord',
  category: 'screen-recorder',
  processes: { macos: ['ScreenRecord'] },
  sources: ['SBAC'],
});
