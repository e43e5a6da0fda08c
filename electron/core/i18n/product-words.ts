import type { UiLanguage } from './translate.js';

/**
 * The words that describe products and the places they keep data, per UI language. A location's plain description
 * is made from these ("Zoom logs: IP addresses and names of participants"), so a new product needs no new strings.
 * Wording in Welsh should be reviewed by a translator before release, like the rest of cy.ts.
 */
const en = {
  location: '{product} {what}: {holds}',
  locationInstall: '{product} ({install}) {what}: {holds}',
  what: {
    data: 'data',
    logs: 'logs',
    cache: 'cache',
    cookies: 'cookies',
    'web-storage': 'web storage',
    settings: 'settings',
    recordings: 'recordings',
    'sign-in': 'sign-in store',
  },
  holds: {
    'login-email': 'sign-in e-mail',
    'display-names': 'names of participants',
    contacts: 'contacts',
    'meeting-history': 'meeting history',
    'chat-messages': 'chat messages',
    'ip-addresses': 'IP addresses',
    'dns-cache': 'addresses of servers it connected to',
    'sign-in-tokens': 'sign-in',
    settings: 'settings',
    recordings: 'your own recordings',
  },
  install: {
    classic: 'classic',
    new: 'new',
    insiders: 'Insiders',
    personal: 'personal',
    store: 'App Store',
    snap: 'snap',
    flatpak: 'Flatpak',
    'per-machine': 'installed for all users',
    meetings: 'Meetings',
    community: 'community app',
  },
  category: {
    'screen-recorder': 'Screen recorder',
    'screenshot-tool': 'Screenshot and screen-recording tool',
    streaming: 'Streaming and recording suite',
    'ai-notetaker': 'Meeting note-taker that can record calls',
    'remote-view': 'Remote-control tool: someone else can see the screen',
    'audio-recorder': 'Audio recorder',
    'os-capture': 'Screen capture built into the operating system',
    'virtual-camera': 'Virtual camera: can feed any picture into a call',
  },
  role: {
    'meeting-client': 'Meeting app',
    browser: 'Web browser: a meeting only while it uses the microphone or camera',
  },
  extraLocation: '{product}: a folder your organisation added',
  found: { emails: '{count} e-mail addresses', ips: '{count} IP addresses', names: '{count} names', macs: '{count} device addresses (MAC)', nothing: 'no e-mail addresses, IP addresses or names found' },
  foundOne: { emails: '1 e-mail address', ips: '1 IP address', names: '1 name', macs: '1 device address (MAC)' },
  webMeetings: 'Meetings in a web browser',
  unknownClient: 'a meeting app',
  running: '{product} is running',
};

export type ProductWords = typeof en;

const cy: ProductWords = {
  location: '{what} {product}: {holds}',
  locationInstall: '{what} {product} ({install}): {holds}',
  what: {
    data: 'Data',
    logs: 'Logiau',
    cache: 'Storfa',
    cookies: 'Cwcis',
    'web-storage': 'Storfa we',
    settings: 'Gosodiadau',
    recordings: 'Recordiadau',
    'sign-in': 'Storfa fewngofnodi',
  },
  holds: {
    'login-email': 'e-bost mewngofnodi',
    'display-names': 'enwau cyfranogwyr',
    contacts: 'cysylltiadau',
    'meeting-history': 'hanes cyfarfodydd',
    'chat-messages': 'negeseuon sgwrs',
    'ip-addresses': 'cyfeiriadau IP',
    'dns-cache': 'cyfeiriadau gweinyddion y cysylltodd â nhw',
    'sign-in-tokens': 'mewngofnodi',
    settings: 'gosodiadau',
    recordings: 'eich recordiadau eich hun',
  },
  install: {
    classic: 'clasurol',
    new: 'newydd',
    insiders: 'Insiders',
    personal: 'personol',
    store: 'App Store',
    snap: 'snap',
    flatpak: 'Flatpak',
    'per-machine': 'wedi’i osod i bob defnyddiwr',
    meetings: 'Meetings',
    community: 'ap y gymuned',
  },
  category: {
    'screen-recorder': 'Recordydd sgrin',
    'screenshot-tool': 'Offeryn sgrinluniau a recordio sgrin',
    streaming: 'Pecyn ffrydio a recordio',
    'ai-notetaker': 'Offeryn nodiadau cyfarfod sy’n gallu recordio galwadau',
    'remote-view': 'Offeryn rheoli o bell: gall rhywun arall weld y sgrin',
    'audio-recorder': 'Recordydd sain',
    'os-capture': 'Dal sgrin sydd wedi’i gynnwys yn y system weithredu',
    'virtual-camera': 'Camera rhithwir: gall fwydo unrhyw lun i alwad',
  },
  role: {
    'meeting-client': 'Ap cyfarfodydd',
    browser: 'Porwr gwe: cyfarfod dim ond tra bo’n defnyddio’r meicroffon neu’r camera',
  },
  extraLocation: '{product}: ffolder a ychwanegodd eich sefydliad',
  found: { emails: '{count} cyfeiriad e-bost', ips: '{count} cyfeiriad IP', names: '{count} enw', macs: '{count} cyfeiriad dyfais (MAC)', nothing: 'dim cyfeiriadau e-bost, cyfeiriadau IP nac enwau wedi’u canfod' },
  foundOne: { emails: '1 cyfeiriad e-bost', ips: '1 cyfeiriad IP', names: '1 enw', macs: '1 cyfeiriad dyfais (MAC)' },
  webMeetings: 'Cyfarfodydd mewn porwr gwe',
  unknownClient: 'ap cyfarfodydd',
  running: 'Mae {product} yn rhedeg',
};

const tables: Record<UiLanguage, ProductWords> = { 'en-GB': en, cy };

export function productWords(language: UiLanguage): ProductWords {
  return tables[language];
}
