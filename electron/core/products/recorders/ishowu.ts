import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'ishowu',
  role: 'recorder',
  name: 'iShowU',
  category: 'screen-recorder',
  processes: { macos: ['iShowU', 'iShowU Instant'] },
  sources: ['SBAC (iShowU); BREW:ishowu-instant'],
});
