import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-chrome',
  role: 'browser',
  name: 'Google Chrome',
  processes: { windows: ['chrome.exe'], macos: ['Google Chrome', 'Google Chrome Helper'], linux: ['chrome', 'google-chrome'] },
  bundleIds: ['com.google.Chrome*'],
  audioStreamNames: ['Google Chrome input', 'WEBRTC VoiceEngine'],
  sources: ['WP-BT ("Google Chrome input", "WEBRTC VoiceEngine"); BREW:google-chrome; SEB (chrome.exe in proctoring lists)'],
});
