import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'beamyourscreen',
  role: 'recorder',
  name: 'BeamYourScreen',
  category: 'remote-view',
  processes: { windows: ['beamyourscreen-host.exe'] },
  mayBeIdle: true,
  sources: ['SEB'],
});
