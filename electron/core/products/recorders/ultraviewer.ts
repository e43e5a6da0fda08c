import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ultraviewer',
  role: 'recorder',
  name: 'UltraViewer',
  category: 'remote-view',
  processes: { windows: ['UltraViewer_Desktop.exe', 'UltraViewer_Service.exe'] },
  mayBeIdle: true,
  sources: ['LOLRMM ultraviewer.yaml'],
});
