import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'pc-monitor',
  role: 'recorder',
  name: 'PC Monitor',
  category: 'remote-view',
  processes: { windows: ['PCMonitorSrv.exe', 'pcmontask.exe'] },
  mayBeIdle: true,
  sources: ['SEB'],
});
