import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'captureit',
  role: 'recorder',
  name: 'CaptureIt!',
  category: 'screenshot-tool',
  processes: { macos: ['CaptureIt!'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
