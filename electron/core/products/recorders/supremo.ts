import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'supremo',
  role: 'recorder',
  name: 'Supremo',
  category: 'remote-view',
  processes: { windows: ['Supremo.exe', 'SupremoService.exe', 'SupremoSystem.exe', 'SupremoHelper.exe'], macos: ['Supremo'] },
  bundleIds: ['com.nanosystems.Supremo*'],
  mayBeIdle: true,
  sources: ['LOLRMM supremo.yaml', 'SEB-MAC (Supremo, com.nanosystems.Supremo*)'],
});
