import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'camtwist',
  role: 'recorder',
  name: 'CamTwist',
  category: 'virtual-camera',
  processes: { macos: ['CamTwist'] },
  mayBeIdle: true,
  sources: ['BREW:camtwist'],
});
