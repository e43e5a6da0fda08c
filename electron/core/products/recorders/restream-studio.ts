import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'restream-studio',
  role: 'recorder',
  name: 'Prism Live Studio',
  category: 'streaming',
  processes: { windows: ['PRISMLiveStudio.exe'], macos: ['PRISMLiveStudio'] },
  sources: ['NAVER PRISM Live Studio (prismlive.com, based on OBS); names: public code, unconfirmed'],
});
