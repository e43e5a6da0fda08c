import { defineProduct } from '../define-product.js';

// A browser is a meeting client only while it holds the microphone or camera (Google Meet, Teams, Zoom or Webex on the web).
export default defineProduct({
  id: 'browser-arc',
  role: 'browser',
  name: 'Arc',
  processes: { windows: ['Arc.exe'], macos: ['Arc'] },
  bundleIds: ['company.thebrowser.Browser'],
  sources: [
    'BREW:arc (bundle company.thebrowser.Browser); Windows Arc.exe: public code',
  ],
});
