import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'amd-relive',
  role: 'recorder',
  name: 'AMD Radeon Software (ReLive recording)',
  category: 'screen-recorder',
  processes: { windows: ['RadeonSoftware.exe', 'AMDRSServ.exe'] },
  mayBeIdle: true,
  sources: ['AMD Adrenalin record & stream (amd.com support article "ReLive"); process names: public code, unconfirmed'],
});
