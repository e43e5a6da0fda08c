import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'cisco-jabber',
  role: 'meeting-client',
  name: 'Cisco Jabber',
  description: { 'en-GB': 'Cisco Jabber calls and meetings.', cy: 'Galwadau a chyfarfodydd Cisco Jabber.' },
  processes: { windows: ['CiscoJabber.exe'], macos: ['Cisco Jabber'] },
  bundleIds: ['com.cisco.Jabber'],
  sources: [
    'Cisco Jabber deployment guide (cisco.com): CiscoJabber.exe; macOS app name: public code, unconfirmed',
  ],
});
