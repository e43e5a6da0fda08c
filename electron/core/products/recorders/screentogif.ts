import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screentogif',
  role: 'recorder',
  name: 'ScreenToGif',
  category: 'screen-recorder',
  processes: { windows: ['ScreenToGif.exe'] },
  sources: ['github.com/NickeManarin/ScreenToGif release asset ScreenToGif.exe'],
});
