import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'vnc',
  role: 'recorder',
  name: 'VNC server or viewer (RealVNC, TightVNC, UltraVNC)',
  category: 'remote-view',
  processes: { windows: ['vncserver.exe', 'vncviewer.exe', 'vncserverui.exe', 'tvnserver.exe', 'tvnviewer.exe', 'winvnc.exe'], macos: ['vncserver', 'OSXvnc-server', 'Vine Server'], linux: ['x11vnc', 'x0vncserver', 'x0tigervncserver'] },
  mayBeIdle: true,
  sources: ['SEB (vncserver.exe, vncviewer.exe, vncserverui.exe); LOLRMM tightvnc.yaml (tvnserver.exe, tvnviewer.exe); SBAC (OSXvnc-server, Vine Server); DEB:x11vnc; DEB:tigervnc-scraping-server (x0tigervncserver)', 'SEB-MAC (vncserver)'],
});
