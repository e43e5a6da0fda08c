import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'rustdesk',
  role: 'recorder',
  name: 'RustDesk',
  category: 'remote-view',
  processes: { windows: ['rustdesk.exe'], macos: ['RustDesk'], linux: ['rustdesk'] },
  mayBeIdle: true,
  sources: ['SEB; BREW:rustdesk', 'SEB-MAC (RustDesk, com.carriez.rustdesk)'],
});
