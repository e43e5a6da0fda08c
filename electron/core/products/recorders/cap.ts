import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'cap',
  role: 'recorder',
  name: 'Cap',
  category: 'screen-recorder',
  processes: { windows: ['Cap.exe'], macos: ['Cap'] },
  mayBeIdle: true,
  sources: ['BREW:cap (open-source Loom alternative, github.com/CapSoftware/Cap); Windows name unconfirmed'],
});
