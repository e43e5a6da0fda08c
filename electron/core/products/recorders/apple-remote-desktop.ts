import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'apple-remote-desktop',
  role: 'recorder',
  name: 'Apple Remote Desktop agent',
  category: 'remote-view',
  processes: { macos: ['ARDAgent'] },
  mayBeIdle: true,
  sources: ['LOLRMM apple_remote_desktop.yaml (ARDAgent.app); runs only when Remote Management is turned on'],
});
