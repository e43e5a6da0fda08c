import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'steps-recorder',
  role: 'recorder',
  name: 'Steps Recorder',
  category: 'os-capture',
  processes: { windows: ['psr.exe'] },
  mayBeIdle: true,
  sources: ['SBAC (psr.exe, Windows Problem Steps Recorder: a screenshot at every click)'],
});
