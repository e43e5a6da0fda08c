import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'remotepc',
  role: 'recorder',
  name: 'RemotePC',
  category: 'remote-view',
  processes: { windows: ['RemotePCDesktop.exe', 'RPCService.exe', 'RPCSuite.exe', 'remotepchost.exe'], macos: ['RemotePC'] },
  bundleIds: ['com.remotepc.RemotePCDesktop'],
  mayBeIdle: true,
  sources: ['SEB; LOLRMM remotepc.yaml', 'SEB-MAC (RemotePC, com.remotepc.RemotePCDesktop)'],
});
