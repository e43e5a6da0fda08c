import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'debut',
  role: 'recorder',
  name: 'Debut Video Capture',
  category: 'screen-recorder',
  processes: { windows: ['debut.exe'] },
  sources: ['NCH Software Debut (nchsoftware.com/capture); public code'],
});
