import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'facetime',
  role: 'meeting-client',
  name: 'FaceTime',
  description: { 'en-GB': "Apple's FaceTime calls on a Mac.", cy: 'Galwadau FaceTime Apple ar Mac.' },
  processes: { macos: ['FaceTime'] },
  bundleIds: ['com.apple.FaceTime'],
  sources: [
    'FaceTime.app, bundle id com.apple.FaceTime: part of macOS',
    'holds the power assertion "Ongoing A/V conference" during a call: pmset -g assertions captures quoted in public meeting-detection projects',
  ],
});
