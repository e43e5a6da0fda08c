import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'vmix',
  role: 'recorder',
  name: 'vMix',
  category: 'streaming',
  processes: { windows: ['vMix64.exe', 'vMix.exe'] },
  sources: ['vMix user guide (vmix.com/help): vMix64.exe; public code'],
});
