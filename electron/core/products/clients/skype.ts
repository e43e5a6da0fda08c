import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'skype',
  role: 'meeting-client',
  name: 'Skype',
  description: { 'en-GB': 'Skype (retired by Microsoft in May 2025, still found on older laptops).', cy: 'Skype (wedi’i ymddeol gan Microsoft ym mis Mai 2025, yn dal ar rai gliniaduron hŷn).' },
  processes: { windows: ['Skype.exe', 'SkypeApp.exe'], macos: ['Skype'], linux: ['skypeforlinux'] },
  helpers: { windows: ['SkypeHost.exe'] },
  bundleIds: ['com.skype.skype'],
  audioStreamNames: ['Skype'],
  sources: ['Skype.exe, SkypeApp.exe, SkypeHost.exe: SEB; BREW:skype; skypeforlinux: Debian/snap package name; stream "Skype": WP-BT', 'SEB-MAC (Skype, com.skype.skype)'],
});
