import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'picpick',
  role: 'recorder',
  name: 'PicPick',
  category: 'screenshot-tool',
  processes: { windows: ['picpick.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
