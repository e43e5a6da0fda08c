import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'nomachine',
  role: 'recorder',
  name: 'NoMachine',
  category: 'remote-view',
  processes: { windows: ['nxservice64.exe', 'nxd.exe'], linux: ['nxserver.bin', 'nxnode.bin'] },
  mayBeIdle: true,
  sources: ['LOLRMM nomachine.yaml (nxd.exe, nxservice*); Linux /usr/NX/bin: public code, unconfirmed'],
});
