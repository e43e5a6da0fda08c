import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'v4l2loopback-ctl',
  role: 'recorder',
  name: 'v4l2loopback virtual camera',
  category: 'virtual-camera',
  processes: { linux: ['v4l2loopback-ctl'] },
  sources: ['DEB:v4l2loopback-utils (v4l2loopback-ctl sets a virtual camera\'s picture)'],
});
