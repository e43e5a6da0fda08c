import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'capture-assistant',
  role: 'recorder',
  name: 'Capture Assistant',
  category: 'screenshot-tool',
  processes: { windows: ['CaptureAssistant.exe'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
