import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-chromium',
  role: 'browser',
  name: 'Chromium',
  processes: { windows: ['chromium.exe'], macos: ['Chromium'], linux: ['chromium'] },
  bundleIds: ['org.chromium.Chromium'],
  audioStreamNames: ['Chromium input'],
  sources: ['WP-BT ("Chromium input"); Debian chromium package (/usr/lib/chromium/chromium)'],
});
