import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'overwolf-outplayed',
  role: 'recorder',
  name: 'Outplayed (Overwolf)',
  category: 'screen-recorder',
  processes: { windows: ['Overwolf.exe'] },
  mayBeIdle: true,
  sources: ['Overwolf app platform hosting Outplayed/Insights capture; public code, unconfirmed'],
});
