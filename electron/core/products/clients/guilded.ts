import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'guilded',
  role: 'meeting-client',
  name: 'Guilded',
  description: { 'en-GB': 'Guilded voice and video chat.', cy: 'Sgwrs llais a fideo Guilded.' },
  processes: { windows: ['Guilded.exe'], macos: ['Guilded'] },
  sources: [
    'SEB-MAC (Guilded, com.electron.guilded)',
    'Guilded.exe: SEB',
    'BREW:guilded',
  ],
});
