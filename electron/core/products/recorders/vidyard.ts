import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'vidyard',
  role: 'recorder',
  name: 'Vidyard',
  category: 'screen-recorder',
  processes: { windows: ['Vidyard.exe'], macos: ['Vidyard'] },
  mayBeIdle: true,
  sources: ['vidyard.com desktop recorder; public code, unconfirmed'],
});
