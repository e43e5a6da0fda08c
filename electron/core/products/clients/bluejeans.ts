import { defineProduct } from '../define-product.js';
import { APP_DATA, APP_LOGS, location } from '../location-helpers.js';

export default defineProduct({
  id: 'bluejeans',
  role: 'meeting-client',
  name: 'BlueJeans',
  description: { 'en-GB': 'BlueJeans by Verizon (service ended in 2024, app still found on older laptops).', cy: 'BlueJeans gan Verizon (daeth y gwasanaeth i ben yn 2024, mae’r ap yn dal ar rai gliniaduron hŷn).' },
  processes: { windows: ['BlueJeans.exe'], macos: ['BlueJeans'] },
  bundleIds: ['com.bluejeansnet.Blue*'],
  sources: ['BREW:bluejeans; service ended 2024, kept for old installs'],
  // The service is gone, so what an old install kept is only a leftover: all of it can go. macOS only: the one
  // published layout (Homebrew's zap list).
  cleanup: {
    vendorAction: {
      'en-GB': 'BlueJeans no longer works (the service ended in 2024): uninstall it; Meeting Guard clears what it left.',
      cy: 'Nid yw BlueJeans yn gweithio mwyach (daeth y gwasanaeth i ben yn 2024): dadosodwch ef; mae Meeting Guard yn clirio’r hyn a adawodd.',
    },
    locations: [
      location('bluejeans', 'macos', 'data', 'Library/Application Support/com.bluejeansnet.Blue', 'data', APP_DATA, 'BREW:bluejeans (contents: inference, the app\'s data folder)'),
      location('bluejeans', 'macos', 'caches', 'Library/Caches/com.bluejeansnet.Blue', 'cache', ['display-names'], 'BREW:bluejeans'),
      location('bluejeans', 'macos', 'logs', 'Library/Logs/BlueJeans', 'logs', APP_LOGS, 'BREW:bluejeans'),
    ],
  },
});
