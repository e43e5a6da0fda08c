import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'windows-camera',
  role: 'recorder',
  name: 'Windows Camera',
  category: 'screen-recorder',
  processes: { windows: ['WindowsCamera.exe'] },
  mayBeIdle: true,
  sources: ['Windows Camera app (records video); public code'],
});
