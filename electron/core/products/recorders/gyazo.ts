import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'gyazo',
  role: 'recorder',
  name: 'Gyazo',
  category: 'screenshot-tool',
  processes: { windows: ['Gyazo.exe', 'GyazoReplay.exe'], macos: ['Gyazo'] },
  mayBeIdle: true,
  sources: ['BREW:gyazo; Windows names: public code, unconfirmed'],
});
