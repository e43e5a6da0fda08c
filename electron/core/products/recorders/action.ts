import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'action',
  role: 'recorder',
  name: 'Mirillis Action!',
  category: 'screen-recorder',
  processes: { windows: ['Action.exe'] },
  mayBeIdle: true,
  sources: ['public code, unconfirmed'],
});
