import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'skype-for-business',
  role: 'meeting-client',
  name: 'Skype for Business (Lync)',
  description: { 'en-GB': 'Skype for Business, formerly Lync (retired online in 2021, still installed with Office 2016 and 2019).', cy: 'Skype for Business, Lync gynt (wedi’i ymddeol ar-lein yn 2021, yn dal i gael ei osod gydag Office 2016 a 2019).' },
  aliases: ['lync'],
  processes: { windows: ['lync.exe'], macos: ['Skype for Business', 'Microsoft Lync', 'Microsoft Communicator'] },
  helpers: { windows: ['UcMapi.exe'] },
  bundleIds: ['com.microsoft.SkypeForBusiness', 'com.microsoft.Lync', 'com.microsoft.Communicator'],
  sources: [
    'lync.exe: Microsoft Learn "Skype for Business" client deployment pages; SigmaHQ rules naming lync.exe (public code)',
    'macOS app and bundle com.microsoft.SkypeForBusiness: BREW:skype-for-business',
    'SEB-MAC (Skype for Business, Microsoft Lync com.microsoft.Lync, Microsoft Communicator com.microsoft.Communicator: the older Lync for Mac)',
  ],
});
