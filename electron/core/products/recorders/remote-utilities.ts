import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'remote-utilities',
  role: 'recorder',
  name: 'Remote Utilities',
  category: 'remote-view',
  processes: { windows: ['rutserv.exe', 'rutview.exe'] },
  mayBeIdle: true,
  sources: ['LOLRMM remote_utilities.yaml'],
});
