import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-vivaldi',
  role: 'browser',
  name: 'Vivaldi',
  aliases: ['browser-other'],
  processes: { windows: ['vivaldi.exe'], macos: ['Vivaldi'], linux: ['vivaldi-bin'] },
  bundleIds: ['com.vivaldi.Vivaldi'],
  audioStreamNames: ['Vivaldi input'],
  sources: ['WP-BT ("Vivaldi input"); BREW:vivaldi; Linux /opt/vivaldi/vivaldi-bin (vivaldi-stable package)'],
});
