import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'chrome-remote-desktop',
  role: 'recorder',
  name: 'Chrome Remote Desktop',
  category: 'remote-view',
  processes: { windows: ['remoting_host.exe'], linux: ['chrome-remote-desktop-host'] },
  mayBeIdle: true,
  sources: ['SEB (remoting_host.exe); Linux name unconfirmed'],
});
