import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'xsplit',
  role: 'recorder',
  name: 'XSplit',
  category: 'streaming',
  processes: { windows: ['XSplit.Core.exe', 'XSplit.Broadcaster.exe', 'XSplit.Capture.exe'] },
  sources: ['public code, unconfirmed'],
});
