import { defineProduct } from '../define-product.js';
import type { LocationInput } from '../schema.js';

/**
 * Cleanup follows BleachBit's Discord cleaners (cleaners/discord.xml, discord-ptb.xml, discord-canary.xml: the
 * Chromium cache, Network Persistent State, Cookies) and KAPE's Discord target (Targets/Apps/Discord.tkape: the
 * cache and Local Storage leveldb, where the sign-in lives). The data folder itself is never moved whole: it also
 * holds settings.json (the person's app settings) and the downloaded voice modules, which stay. Messages live on
 * Discord's servers; only this laptop's copies are cleared.
 */
type Base = Pick<LocationInput, 'os' | 'base' | 'install'> & { key: string; path: string; source: string };
const bases: Base[] = [
  { key: 'windows', os: 'windows', base: 'appData', path: 'discord', source: 'BLEACHBIT:discord (%APPDATA%\\discord); KAPE:Discord' },
  { key: 'windows-ptb', os: 'windows', base: 'appData', path: 'discordptb', source: 'BLEACHBIT:discord-ptb (%APPDATA%\\discordptb)' },
  { key: 'windows-canary', os: 'windows', base: 'appData', path: 'discordcanary', source: 'BLEACHBIT:discord-canary (%APPDATA%\\discordcanary)' },
  { key: 'macos', os: 'macos', base: 'home', path: 'Library/Application Support/discord', source: 'BREW:discord (zap ~/Library/Application Support/discord); BLEACHBIT:discord for what is inside' },
  { key: 'linux', os: 'linux', base: 'home', path: '.config/discord*', source: 'BLEACHBIT:discord (~/.config/discord, discordptb, discordcanary)' },
  { key: 'linux-snap', os: 'linux', base: 'home', path: 'snap/discord/*/.config/discord*', install: 'snap', source: 'BLEACHBIT:discord (~/snap/discord/current/.config/discord; the revision folder itself is read, never the link)' },
  { key: 'linux-flatpak', os: 'linux', base: 'home', path: '.var/app/com.discordapp.Discord*/config/discord*', install: 'flatpak', source: 'BLEACHBIT:discord (~/.var/app/com.discordapp.Discord/config/discord, DiscordCanary)' },
];

const parts = [
  { id: 'cache', path: 'Cache', kind: 'folder', what: 'cache', holds: ['display-names', 'chat-messages'], signsOut: false },
  { id: 'sign-in', path: 'Local Storage', kind: 'folder', what: 'sign-in', holds: ['sign-in-tokens'], signsOut: true },
  { id: 'network', path: 'Network Persistent State', kind: 'file', what: 'cache', holds: ['dns-cache'], signsOut: false },
  { id: 'cookies', path: 'Cookies', kind: 'file', what: 'cookies', holds: ['sign-in-tokens'], signsOut: true },
] as const;

const locations: LocationInput[] = bases.flatMap((b) =>
  parts.map((p) => ({
    id: `discord.${b.os}.${b.key === b.os ? '' : `${b.key.slice(b.os.length + 1)}-`}${p.id}`,
    os: b.os,
    base: b.base,
    path: `${b.path}/${p.path}`,
    kind: p.kind,
    what: p.what,
    ...(b.install ? { install: b.install } : {}),
    holds: [...p.holds],
    clear: 'clear' as const,
    signsOut: p.signsOut,
    source: b.source,
  })),
);

export default defineProduct({
  id: 'discord',
  role: 'meeting-client',
  name: 'Discord',
  description: { 'en-GB': 'Discord; its voice and video channels are calls.', cy: 'Discord; galwadau yw ei sianeli llais a fideo.' },
  processes: {
    windows: ['Discord.exe', 'DiscordPTB.exe', 'DiscordCanary.exe', 'DiscordDevelopment.exe'],
    macos: ['Discord'],
    linux: ['Discord', 'discord', 'DiscordPTB', 'DiscordCanary', 'DiscordDevelopment'],
  },
  helpers: { macos: ['Discord Helper*'] },
  bundleIds: ['com.hnc.Discord'],
  sources: [
    'SEB-MAC (Discord, com.hnc.Discord*)',
    'Discord.exe, DiscordPTB.exe, DiscordCanary.exe: SEB',
    'BREW:discord',
    'Linux: /usr/share/discord/Discord in discord.com\'s .deb; FLATHUB:com.discordapp.Discord',
    'BLEACHBIT:discord (the running-process names DiscordPTB, DiscordCanary, DiscordDevelopment and the data folders)',
  ],
  cleanup: {
    vendorAction: {
      'en-GB': 'Discord: User Settings > Log Out removes the sign-in from this laptop; messages stay on Discord\'s servers.',
      cy: 'Discord: mae User Settings > Log Out yn tynnu’r mewngofnodi o’r gliniadur hwn; mae negeseuon yn aros ar weinyddion Discord.',
    },
    limits: {
      'en-GB': 'The app\'s settings (settings.json) and its voice modules are kept; the key protecting its cookies (Keychain / libsecret) is not touched.',
      cy: 'Mae gosodiadau’r ap (settings.json) a’i fodiwlau llais yn cael eu cadw; nid yw’r allwedd sy’n diogelu ei gwcis (Keychain / libsecret) yn cael ei chyffwrdd.',
    },
    locations,
  },
});
