import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'webcamoid',
  role: 'recorder',
  name: 'Webcamoid',
  category: 'virtual-camera',
  processes: { windows: ['webcamoid.exe'], linux: ['webcamoid'] },
  mayBeIdle: true,
  sources: ['DEB:webcamoid (/usr/bin/webcamoid: camera recorder and virtual camera)'],
});
