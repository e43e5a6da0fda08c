import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'element',
  role: 'meeting-client',
  name: 'Element',
  description: { 'en-GB': 'Element, the Matrix chat app; it makes voice and video calls.', cy: 'Element, ap sgwrsio Matrix; mae’n gwneud galwadau llais a fideo.' },
  processes: { windows: ['Element.exe'], macos: ['Element'], linux: ['element-desktop'] },
  bundleIds: ['im.riot.app'],
  sources: [
    'Element.exe: SEB',
    'BREW:element',
    'Linux element-desktop package (packages.element.io)',
  ],
});
