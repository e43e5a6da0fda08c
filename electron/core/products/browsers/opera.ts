import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-opera',
  role: 'browser',
  name: 'Opera',
  processes: { windows: ['opera.exe'], macos: ['Opera'], linux: ['opera'] },
  bundleIds: ['com.operasoftware.Opera*'],
  sources: ['BREW:opera; Linux opera (SmarterApp forbiddenapplist.js); Windows opera.exe (public code)'],
});
