import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'xsplit-vcam',
  role: 'recorder',
  name: 'XSplit VCam',
  category: 'virtual-camera',
  processes: { windows: ['XSplit.VCam.exe'] },
  mayBeIdle: true,
  sources: ['xsplit.com/vcam; name: public code, unconfirmed'],
});
