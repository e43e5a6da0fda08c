import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'mmhmm',
  role: 'recorder',
  name: 'mmhmm (Airtime)',
  category: 'virtual-camera',
  processes: { windows: ['mmhmm.exe'], macos: ['mmhmm'] },
  mayBeIdle: true,
  sources: ['BREW:mmhmm; Windows name unconfirmed'],
});
