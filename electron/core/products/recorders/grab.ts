import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'grab',
  role: 'recorder',
  name: 'Grab (macOS before 10.14)',
  category: 'os-capture',
  processes: { macos: ['Grab'] },
  sources: ['SBAC (Grab: Apple screenshot utility, replaced by Screenshot in macOS 10.14)'],
});
