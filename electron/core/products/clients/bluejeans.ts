import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'bluejeans',
  role: 'meeting-client',
  name: 'BlueJeans',
  description: { 'en-GB': 'BlueJeans by Verizon (service ended in 2024, app still found on older laptops).', cy: 'BlueJeans gan Verizon (daeth y gwasanaeth i ben yn 2024, mae’r ap yn dal ar rai gliniaduron hŷn).' },
  processes: { windows: ['BlueJeans.exe'], macos: ['BlueJeans'] },
  bundleIds: ['com.bluejeansnet.Blue*'],
  sources: ['BREW:bluejeans; service ended 2024, kept for old installs'],
});
