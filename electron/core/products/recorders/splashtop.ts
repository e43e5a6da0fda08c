import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'splashtop',
  role: 'recorder',
  name: 'Splashtop',
  category: 'remote-view',
  processes: { windows: ['SRServer.exe', 'strwinclt.exe'], macos: ['Splashtop Streamer'] },
  mayBeIdle: true,
  sources: ['SEB (SRServer.exe, strwinclt.exe); LOLRMM splashtop.yaml; BREW:splashtop-streamer', 'SEB-MAC (Splashtop*, com.splashtop.*)'],
});
