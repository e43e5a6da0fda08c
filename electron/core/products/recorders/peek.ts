import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'peek',
  role: 'recorder',
  name: 'Peek',
  category: 'screen-recorder',
  processes: { linux: ['peek'] },
  sources: ['Debian peek package; Flathub com.uploadedlobster.peek'],
});
