import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-brave',
  role: 'browser',
  name: 'Brave',
  aliases: ['browser-other'],
  processes: { windows: ['brave.exe'], macos: ['Brave Browser'], linux: ['brave'] },
  bundleIds: ['com.brave.Browser*'],
  audioStreamNames: ['Brave input'],
  sources: ['WP-BT ("Brave input"); BREW:brave-browser; Linux /opt/brave.com/brave/brave (brave-browser package)'],
});
