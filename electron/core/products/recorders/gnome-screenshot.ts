import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'gnome-screenshot',
  role: 'recorder',
  name: 'GNOME Screenshot',
  category: 'screenshot-tool',
  processes: { linux: ['gnome-screenshot'] },
  sources: ['DEB:gnome-screenshot; SBAC (gnome-screenshot)'],
});
