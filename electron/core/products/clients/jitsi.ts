import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'jitsi',
  role: 'meeting-client',
  name: 'Jitsi Meet',
  description: { 'en-GB': 'The Jitsi Meet desktop app (Jitsi in a browser counts as a web meeting).', cy: 'Ap bwrdd gwaith Jitsi Meet (mae Jitsi mewn porwr yn cyfrif fel cyfarfod ar y we).' },
  processes: { windows: ['Jitsi Meet.exe'], macos: ['Jitsi Meet'], linux: ['jitsi-meet'] },
  bundleIds: ['org.jitsi.jitsi-meet'],
  sources: ['jitsi/jitsi-meet-electron electron-builder config (productName "Jitsi Meet", appId org.jitsi.jitsi-meet); Flathub org.jitsi.jitsi-meet'],
});
