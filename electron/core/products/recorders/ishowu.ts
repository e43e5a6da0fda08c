import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'ishowu',
  role: 'recorder',
  name: 'iShowU',
  category: 'screen-recorder',
  processes: { macos: ['iShowU', 'iShowU Instant'] },
  sources: ['SBAC (iShowU); BREW:ishowu-instant'],
});
