import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'wf-recorder',
  role: 'recorder',
  name: 'wf-recorder',
  category: 'screen-recorder',
  processes: { linux: ['wf-recorder'] },
  sources: ['DEB:wf-recorder (/usr/bin/wf-recorder: wlroots Wayland screen recorder)'],
});
