import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'gpu-screen-recorder',
  role: 'recorder',
  name: 'GPU Screen Recorder',
  category: 'screen-recorder',
  processes: { linux: ['gpu-screen-recorder', 'gpu-screen-recorder-gtk'] },
  sources: ['FLATHUB:com.dec05eba.gpu_screen_recorder; git.dec05eba.com/gpu-screen-recorder'],
});
