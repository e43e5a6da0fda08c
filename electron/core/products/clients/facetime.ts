import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'facetime',
  role: 'meeting-client',
  name: 'FaceTime',
  description: { 'en-GB': 'Apple FaceTime video and audio calls on a Mac.', cy: 'Galwadau fideo a sain FaceTime Apple ar Mac.' },
  processes: { macos: ['FaceTime'] },
  bundleIds: ['com.apple.FaceTime'],
  sources: [
    'SEB-MAC (FaceTime, com.apple.FaceTime)',
    'FaceTime.app, bundle id com.apple.FaceTime: part of macOS; SBAC (FaceTime on OS X and iOS)',
    'holds the power assertion "Ongoing A/V conference" during a call: pmset -g assertions captures quoted in public meeting-detection projects',
  ],
});
