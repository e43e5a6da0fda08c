import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'elgato-camera-hub',
  role: 'recorder',
  name: 'Elgato Camera Hub',
  category: 'virtual-camera',
  processes: { windows: ['Camera Hub.exe'], macos: ['Camera Hub'] },
  mayBeIdle: true,
  sources: ['BREW:elgato-camera-hub; Windows name unconfirmed'],
});
