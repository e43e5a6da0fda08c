import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'gnome-screencast',
  role: 'recorder',
  name: { 'en-GB': 'GNOME screen recording or screen sharing', cy: 'Recordio neu rannu sgrin GNOME' },
  category: 'os-capture',
  // No reliable process name: seen through PipeWire instead (a node named meta-screen-cast-src, see calls/pw-dump.ts).
  processes: {},
  sources: ['GNOME mutter meta-screen-cast-stream-src.c (pw_stream_new(..., "meta-screen-cast-src"))'],
});
