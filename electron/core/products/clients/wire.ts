import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'wire',
  role: 'meeting-client',
  name: 'Wire',
  description: { 'en-GB': 'Wire secure messaging; it makes calls.', cy: 'Negeseuon diogel Wire; mae’n gwneud galwadau.' },
  processes: { windows: ['Wire.exe'], macos: ['Wire'], linux: ['wire-desktop'] },
  sources: [
    'BREW:wire',
    'Linux wire-desktop package (wire.com apt repository)',
    'Windows Wire.exe: public code',
  ],
});
