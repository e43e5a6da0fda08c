import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'jump-desktop',
  role: 'recorder',
  name: 'Jump Desktop',
  category: 'remote-view',
  processes: { windows: ['JumpConnect.exe', 'JumpDesktop.exe', 'JumpService.exe'], macos: ['Jump Desktop Connect'] },
  mayBeIdle: true,
  sources: ['LOLRMM jump_desktop.yaml; BREW:jump-desktop-connect', 'SEB-MAC (Jump Desktop Connect, com.p5sys.jump.mac.connect)'],
});
