import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'descript',
  role: 'recorder',
  name: 'Descript',
  category: 'screen-recorder',
  processes: { windows: ['Descript.exe'], macos: ['Descript'] },
  mayBeIdle: true,
  sources: ['BREW:descript (records screen, camera and audio)'],
});
