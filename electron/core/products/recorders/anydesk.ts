import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'anydesk',
  role: 'recorder',
  name: 'AnyDesk',
  category: 'remote-view',
  processes: { windows: ['AnyDesk.exe'], macos: ['AnyDesk'], linux: ['anydesk'] },
  bundleIds: ['com.philandro.anydesk'],
  mayBeIdle: true,
  sources: ['SEB; BREW:anydesk', 'SEB-MAC (AnyDesk, com.philandro.anydesk)'],
});
