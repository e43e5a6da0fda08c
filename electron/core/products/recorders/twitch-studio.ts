import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'twitch-studio',
  role: 'recorder',
  name: 'Twitch Studio',
  category: 'streaming',
  processes: { windows: ['Twitch Studio.exe'], macos: ['Twitch Studio'] },
  sources: ['public code, unconfirmed (beta discontinued 2024, kept for old installs)'],
});
