import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'limitless',
  role: 'recorder',
  name: 'Limitless',
  category: 'ai-notetaker',
  processes: { windows: ['Limitless.exe'], macos: ['Limitless'] },
  mayBeIdle: true,
  sources: ['BREW:limitless (meeting recorder, successor of Rewind); Windows name unconfirmed'],
});
