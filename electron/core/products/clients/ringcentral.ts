import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'ringcentral',
  role: 'meeting-client',
  name: 'RingCentral',
  description: { 'en-GB': 'The RingCentral app (video, phone and messages).', cy: 'Ap RingCentral (fideo, ffôn a negeseuon).' },
  processes: { windows: ['RingCentral.exe'], macos: ['RingCentral'], linux: ['ringcentral'] },
  bundleIds: ['com.ringcentral.glip', 'com.ringcentral.*'],
  sources: ['BREW:ringcentral; other names: public code, unconfirmed'],
});
