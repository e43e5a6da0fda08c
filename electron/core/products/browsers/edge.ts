import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-edge',
  role: 'browser',
  name: 'Microsoft Edge',
  processes: { windows: ['msedge.exe'], macos: ['Microsoft Edge'], linux: ['msedge', 'microsoft-edge'] },
  bundleIds: ['com.microsoft.edgemac*'],
  audioStreamNames: ['Microsoft Edge input'],
  sources: ['WP-BT ("Microsoft Edge input"); BREW:microsoft-edge; Linux /opt/microsoft/msedge/msedge (microsoft-edge-stable package)'],
});
