import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'screenflick',
  role: 'recorder',
  name: 'Screenflick',
  category: 'screen-recorder',
  processes: { macos: ['Screenflick'] },
  sources: ['SBAC (Screenflick)'],
});
