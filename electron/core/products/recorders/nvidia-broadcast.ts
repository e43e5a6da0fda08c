import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'nvidia-broadcast',
  role: 'recorder',
  name: 'NVIDIA Broadcast',
  category: 'virtual-camera',
  processes: { windows: ['NVIDIA Broadcast.exe'] },
  mayBeIdle: true,
  sources: ['NVIDIA Broadcast app (nvidia.com/broadcasting/broadcast-app): virtual camera and microphone; name: public code, unconfirmed'],
});
