import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'logitech-capture',
  role: 'recorder',
  name: 'Logitech Capture',
  category: 'virtual-camera',
  processes: { windows: ['LogiCapture.exe'], macos: ['Logitech Capture'] },
  mayBeIdle: true,
  sources: ['logitech.com Capture app (recording and virtual camera); names: public code, unconfirmed'],
});
