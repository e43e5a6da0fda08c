import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'snap-camera',
  role: 'recorder',
  name: 'Snap Camera',
  category: 'virtual-camera',
  processes: { windows: ['Snap Camera.exe'], macos: ['Snap Camera'] },
  mayBeIdle: true,
  sources: ['BREW:snap-camera (discontinued 2023, kept for old installs)'],
});
