import { defineProduct } from '../schema.js';

export default defineProduct({
  id: 'discord',
  role: 'meeting-client',
  name: 'Discord',
  description: { 'en-GB': 'Discord; its voice and video channels are calls.', cy: 'Discord; galwadau yw ei sianeli llais a fideo.' },
  processes: { windows: ['Discord.exe', 'DiscordPTB.exe', 'DiscordCanary.exe'], macos: ['Discord'], linux: ['Discord', 'discord'] },
  bundleIds: ['com.hnc.Discord'],
  sources: [
    'Discord.exe, DiscordPTB.exe, DiscordCanary.exe: SEB',
    'BREW:discord',
    'Linux: /usr/share/discord/Discord in discord.com\'s .deb; FLATHUB:com.discordapp.Discord',
  ],
});
