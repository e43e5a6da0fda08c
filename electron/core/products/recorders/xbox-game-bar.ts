import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'xbox-game-bar',
  role: 'recorder',
  name: 'Xbox Game Bar',
  category: 'os-capture',
  processes: { windows: ['GameBar.exe', 'GameBarFTServer.exe'] },
  mayBeIdle: true,
  sources: ['public code'],
});
