import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'beamyourscreen',
  role: 'recorder',
  name: 'BeamYourScreen',
  category: 'remote-view',
  processes: { windows: ['beamyourscreen-host.exe'] },
  mayBeIdle: true,
  sources: ['SEB'],
});
