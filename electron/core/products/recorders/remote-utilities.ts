import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'remote-utilities',
  role: 'recorder',
  name: 'Remote Utilities',
  category: 'remote-view',
  processes: { windows: ['rutserv.exe', 'rutview.exe'] },
  mayBeIdle: true,
  bundleIds: ['com.remoteutilities.*'],
  sources: ['LOLRMM remote_utilities.yaml', 'SEB-MAC (bundle com.remoteutilities.*; its macOS process name is a pattern, "Remote Utilities*", so only the bundle id is matched)'],
});
