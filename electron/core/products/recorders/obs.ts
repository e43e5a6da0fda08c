import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'obs',
  role: 'recorder',
  name: 'OBS Studio',
  category: 'streaming',
  processes: { windows: ['obs64.exe', 'obs32.exe', 'obs.exe'], macos: ['OBS'], linux: ['obs'] },
  bundleIds: ['com.obsproject.obs-studio'],
  sources: ['SEB (obs64.exe, obs32.exe); BREW:obs; Linux binary "obs" (Debian obs-studio package)', 'SEB-MAC (OBS, com.obsproject.obs-studio)'],
});
