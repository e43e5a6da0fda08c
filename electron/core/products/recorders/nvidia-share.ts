import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'nvidia-share',
  role: 'recorder',
  name: 'NVIDIA Share / ShadowPlay',
  category: 'screen-recorder',
  processes: { windows: ['NVIDIA Share.exe', 'NVIDIA Overlay.exe'] },
  mayBeIdle: true,
  sources: ['public code (always resident with the NVIDIA app)'],
});
