import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'd3dgear',
  role: 'recorder',
  name: 'D3DGear',
  category: 'screen-recorder',
  processes: { windows: ['D3DGear.exe'] },
  sources: ['public code (game recorder), unconfirmed'],
});
