import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'otter',
  role: 'recorder',
  name: 'Otter.ai',
  category: 'ai-notetaker',
  processes: { windows: ['Otter.exe'], macos: ['Otter'] },
  mayBeIdle: true,
  sources: ['otter.ai desktop app (2025); names unconfirmed: most Otter use is a bot joining the call'],
});
