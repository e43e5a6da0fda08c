import { defineProduct } from '../define-product.js';

// No cleanup locations, on purpose: what WhatsApp keeps locally (LocalState/sessions/… on Windows, the Group
// Containers on macOS) is the person's own chat history and the files people sent them, not traces of a meeting;
// clearing it would delete their messages. No public source describes a log of call peers' addresses either.
export default defineProduct({
  id: 'whatsapp',
  role: 'meeting-client',
  name: 'WhatsApp',
  description: { 'en-GB': 'WhatsApp; it makes voice and video calls.', cy: 'WhatsApp; mae’n gwneud galwadau llais a fideo.' },
  processes: { windows: ['WhatsApp.exe'], macos: ['WhatsApp'] },
  bundleIds: ['net.whatsapp.WhatsApp'],
  packageFamilies: ['5319275A.WhatsAppDesktop_cv1g1gvanyjgm'],
  sources: [
    'BREW:whatsapp (WhatsApp.app, net.whatsapp.WhatsApp, zap paths in Containers and Group Containers)',
    'Windows: Microsoft Store package 5319275A.WhatsAppDesktop_cv1g1gvanyjgm, WhatsApp.exe (public code launching shell:AppsFolder\\5319275A.WhatsAppDesktop_cv1g1gvanyjgm!App and reading its LocalState)',
    'a call = WhatsApp holding the microphone: macOS pmset capture of 2026-05-27 quoted in a public project\'s tests (coreaudiod "Created for PID" WhatsApp, "net.whatsapp.idletimer")',
    'Linux: no client from WhatsApp (web.whatsapp.com in a browser is covered by the browsers)',
  ],
});
