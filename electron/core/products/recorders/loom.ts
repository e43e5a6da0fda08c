import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'loom',
  role: 'recorder',
  name: 'Loom',
  category: 'screen-recorder',
  processes: { windows: ['Loom.exe'], macos: ['Loom'] },
  bundleIds: ['com.loom.desktop'],
  mayBeIdle: true,
  sources: ['BREW:loom (login item, so resident)', 'SEB-MAC (Loom, com.loom.desktop)'],
});
