import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-safari',
  role: 'browser',
  name: 'Safari',
  aliases: ['browser-other'],
  processes: { macos: ['Safari'] },
  bundleIds: ['com.apple.Safari'],
  sources: ['/Applications/Safari.app/Contents/MacOS/Safari, bundle com.apple.Safari (Apple; also in proctoring lists such as SmarterApp forbiddenapplist.js)'],
});
