import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'chime',
  role: 'meeting-client',
  name: 'Amazon Chime',
  description: { 'en-GB': 'Amazon Chime (Amazon ends the service in February 2026).', cy: 'Amazon Chime (mae Amazon yn dod â’r gwasanaeth i ben ym mis Chwefror 2026).' },
  processes: { windows: ['Chime.exe'], macos: ['Amazon Chime'] },
  bundleIds: ['com.amazon.Amazon-Chime'],
  sources: ['BREW:amazon-chime; Windows name: public code, unconfirmed; end of service 20 February 2026: aws.amazon.com/chime/chime-end-of-support'],
});
