import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'hypersnap',
  role: 'recorder',
  name: 'HyperSnap',
  category: 'screenshot-tool',
  processes: { windows: ['HprSnap7.exe', 'HprSnap8.exe'] },
  mayBeIdle: true,
  sources: ['SBAC (HprSnap7.exe); HprSnap8.exe: public code, unconfirmed'],
});
