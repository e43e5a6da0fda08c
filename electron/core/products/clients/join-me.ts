import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'join-me',
  role: 'meeting-client',
  name: 'join.me',
  description: { 'en-GB': 'join.me screen-sharing meetings (discontinued by GoTo, still found on older laptops).', cy: 'Cyfarfodydd rhannu sgrin join.me (wedi dod i ben gan GoTo, yn dal ar rai gliniaduron hŷn).' },
  processes: { windows: ['join.me.exe', 'join.me.sentinel.exe'], macos: ['Join.me'] },
  bundleIds: ['com.logmein.join.me'],
  sources: [
    'SEB (join.me.exe, join.me.sentinel.exe)',
    'SEB-MAC (Join.me, com.logmein.join.me)',
  ],
});
