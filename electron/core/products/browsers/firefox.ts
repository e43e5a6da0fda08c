import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-firefox',
  role: 'browser',
  name: 'Firefox',
  processes: { windows: ['firefox.exe'], macos: ['firefox'], linux: ['firefox', 'firefox-esr', 'firefox-bin'] },
  bundleIds: ['org.mozilla.firefox*'],
  audioStreamNames: ['Firefox'],
  sources: ['WP-BT ("Firefox"); BREW:firefox; Debian firefox-esr package'],
});
