import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'xfce4-screenshooter',
  role: 'recorder',
  name: 'Xfce Screenshooter',
  category: 'screenshot-tool',
  processes: { linux: ['xfce4-screenshooter'] },
  sources: ['DEB:xfce4-screenshooter'],
});
