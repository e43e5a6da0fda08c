import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'parsec',
  role: 'recorder',
  name: 'Parsec',
  category: 'remote-view',
  processes: { windows: ['parsecd.exe', 'pservice.exe'], macos: ['Parsec'] },
  mayBeIdle: true,
  sources: ['LOLRMM parsec.yaml; BREW:parsec', 'SEB-MAC (Parsec, com.parsec.Parsec and com.parsecgaming.parsec)'],
});
