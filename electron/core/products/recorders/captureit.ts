import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'captureit',
  role: 'recorder',
  name: 'CaptureIt!',
  category: 'screenshot-tool',
  processes: { macos: ['CaptureIt!'] },
  mayBeIdle: true,
  sources: ['SBAC'],
});
