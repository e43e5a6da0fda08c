import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'wechat',
  role: 'meeting-client',
  name: 'WeChat',
  description: { 'en-GB': 'WeChat; it makes voice and video calls.', cy: 'WeChat; mae’n gwneud galwadau llais a fideo.' },
  processes: { windows: ['WeChat.exe', 'Weixin.exe'], macos: ['WeChat'] },
  bundleIds: ['com.tencent.xinWeChat'],
  sources: [
    'BREW:wechat',
    'Windows WeChat.exe (Weixin.exe since version 4): public code',
  ],
});
