import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'apowerrec',
  role: 'recorder',
  name: 'ApowerREC',
  category: 'screen-recorder',
  processes: { windows: ['ApowerREC.exe'], macos: ['ApowerREC'] },
  sources: ['Apowersoft ApowerREC; public code, unconfirmed'],
});
