import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'streamlabs',
  role: 'recorder',
  name: 'Streamlabs Desktop',
  category: 'streaming',
  processes: { windows: ['Streamlabs OBS.exe', 'Streamlabs Desktop.exe'], macos: ['Streamlabs Desktop'] },
  sources: ['BREW:streamlabs; Windows names: public code, unconfirmed'],
});
