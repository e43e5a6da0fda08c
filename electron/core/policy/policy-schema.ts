import { z } from 'zod';
import { languageMap, languageTag, list, nonEmptyLine, text, type SettingDefinition } from './setting-kinds.js';
import { absolutePath, clientId, helpLink, homeRelativePath, processName } from './validators.js';

/** Where IT's settings live in each channel. Part of the deployed interface: never rename. */
export const POLICY_VENDOR = 'MeetingGuardProject';
export const POLICY_REGISTRY_PATH = `SOFTWARE\\Policies\\${POLICY_VENDOR}\\MeetingGuard`;
export const PREFERENCE_DOMAIN = 'org.meetingguard.app';
export const LINUX_POLICY_DIR = '/etc/meeting-guard/policies/managed';

/** Drawn from the organiser duties in published video-call privacy notices. */
export const DEFAULT_CHECKLIST: readonly string[] = [
  'Send each invited person their own invitation; do not post the meeting link publicly.',
  'Use the meeting password or waiting room so only invited people can join.',
  'Admit only the people you invited.',
  'Ask participants not to record the meeting.',
  'Announce anyone who observes the call (for example for training); participants may refuse.',
];

/**
 * The validator decides the value type, so a default or example that the validator would refuse does not compile.
 * It is made on first use: most starts read no policy value at all (a command with no policy files, the templates),
 * and building the ~20 validators' ~100 zod schemas cost more than the rest of reading the settings.
 */
const define = <S extends z.ZodType>(
  definition: Omit<SettingDefinition<z.output<S>>, 'schema'> & { schema: () => S },
): SettingDefinition<z.output<S>> & { schema: S } => {
  const { schema: make, ...rest } = definition;
  let built: S | undefined;
  return Object.defineProperty(rest, 'schema', { get: () => (built ??= make()), enumerable: true }) as SettingDefinition<z.output<S>> & { schema: S };
};

/** An on/off setting: its kind for the templates and its validator. */
const onOff = { kind: { type: 'boolean' }, schema: () => z.boolean({ error: 'expected true or false' }) } as const;

/**
 * The one list of settings. The resolver, every policy source, `meeting-guard policy` and every admin template
 * (ADMX/ADML, mobileconfig, Jamf schema, Linux example) are derived from it. Keys are the interface IT deploys.
 */
export const policySchema = {
  organisationName: define({
    kind: { type: 'string', maxLength: 200 },
    schema: () => text(200).transform((s) => s.trim()),
    default: '',
    scope: 'machine',
    userEditable: false,
    category: 'general',
    title: { en: 'Organisation name', cy: 'Enw’r sefydliad' },
    description: {
      en: 'The organisation named in Meeting Guard’s windows and messages, e.g. "Glanafon District Council".',
      cy: 'Y sefydliad a enwir yn ffenestri a negeseuon Meeting Guard, e.e. "Cyngor Dosbarth Glanafon".',
    },
    example: 'Example District Council',
  }),
  noticeFiles: define({
    kind: { type: 'map' },
    schema: () => languageMap(absolutePath()),
    default: {},
    scope: 'machine',
    userEditable: false,
    category: 'notice',
    title: { en: 'Privacy notice files', cy: 'Ffeiliau’r hysbysiad preifatrwydd' },
    description: {
      en: 'The privacy notice to show, one file per language: the name is a language tag (en, cy, de…), the value an absolute path to a notice file (Markdown with front matter; check it with "meeting-guard notice --check"). A file wins over inline text for the same language.',
      cy: 'Yr hysbysiad preifatrwydd i’w ddangos, un ffeil i bob iaith: yr enw yw tag iaith (en, cy, de…), y gwerth yw llwybr llawn i ffeil hysbysiad (Markdown gyda blaen-fater; gwiriwch hi gyda "meeting-guard notice --check"). Mae ffeil yn drech na thestun mewnol ar gyfer yr un iaith.',
    },
    example: { en: '/Library/Application Support/MeetingGuard/notice.en.md' },
  }),
  noticeText: define({
    kind: { type: 'map' },
    schema: () => languageMap(text(100_000)),
    default: {},
    scope: 'machine',
    userEditable: false,
    category: 'notice',
    title: { en: 'Privacy notice text', cy: 'Testun yr hysbysiad preifatrwydd' },
    description: {
      en: 'The privacy notice itself, one entry per language tag, in the notice format (Markdown with front matter; check it with "meeting-guard notice --check"). Use it when deploying a file is not practical.',
      cy: 'Yr hysbysiad preifatrwydd ei hun, un cofnod i bob tag iaith, yn fformat yr hysbysiad (Markdown gyda blaen-fater; gwiriwch ef gyda "meeting-guard notice --check"). Defnyddiwch hwn pan nad yw’n ymarferol gosod ffeil.',
    },
    example: { en: '---\nformat: meeting-guard/notice@1\ntitle: Video call privacy notice\nlanguage: en-GB\nversion: "1"\nlastModified: 2026-01-05\ncontroller: { name: Example Council }\ndpo: { email: dpo@council.example }\nplatforms: [{ name: Microsoft Teams, privacyUrl: "https://privacy.microsoft.com/privacystatement" }]\npurposes: [To hold the meeting you asked for.]\nlegalBasis: { article: "UK GDPR Article 6(1)(e)" }\nrecording: { policy: not-allowed }\nclientData: { keeps: [names, emails, ip-addresses] }\ndevices: { allowed: [work-laptop] }\nretention: { summary: Nothing is kept after the call. }\nrights: { list: [access, rectification] }\nnoMarketingDisclosure: true\nsummary: [We use your name and e-mail address only to hold the call.]\n---\n## Questions\nWrite to our Data Protection Officer.\n' },
  }),
  noticeFallbackLanguage: define({
    kind: { type: 'string', maxLength: 35 },
    schema: () => languageTag(),
    default: 'en',
    scope: 'machine',
    userEditable: false,
    category: 'notice',
    title: { en: 'Notice fallback language', cy: 'Iaith wrth gefn yr hysbysiad' },
    description: {
      en: 'The language tag whose notice is shown when there is none in the user’s language.',
      cy: 'Y tag iaith y dangosir ei hysbysiad pan nad oes un yn iaith y defnyddiwr.',
    },
    example: 'en',
  }),
  showNoticeBeforeCalls: define({
    ...onOff,
    default: true,
    scope: 'user',
    userEditable: true,
    category: 'notice',
    title: { en: 'Show the notice before calls', cy: 'Dangos yr hysbysiad cyn galwadau' },
    description: {
      en: 'Show the privacy notice and the organiser’s checklist when a meeting client starts a call.',
      cy: 'Dangos yr hysbysiad preifatrwydd a rhestr wirio’r trefnydd pan fydd rhaglen gyfarfod yn dechrau galwad.',
    },
    example: true,
  }),
  organiserChecklist: define({
    kind: { type: 'list', maxItems: 30 },
    schema: () => list(nonEmptyLine(300), 30),
    default: [...DEFAULT_CHECKLIST],
    scope: 'user',
    userEditable: false,
    category: 'notice',
    title: { en: 'Organiser’s checklist', cy: 'Rhestr wirio’r trefnydd' },
    description: {
      en: 'The items the organiser confirms before a call, one per entry, in the order shown. Replaces the built-in list.',
      cy: 'Yr eitemau y mae’r trefnydd yn eu cadarnhau cyn galwad, un i bob cofnod, yn y drefn a ddangosir. Yn disodli’r rhestr sydd wedi’i chynnwys.',
    },
    example: ['Send each guest their own invitation.', 'Admit only the people you invited.', 'Ask participants not to record.'],
  }),
  extraMeetingClients: define({
    kind: { type: 'list', maxItems: 100 },
    schema: () => list(processName(), 100),
    default: [],
    scope: 'machine',
    userEditable: false,
    category: 'calls',
    title: { en: 'Additional meeting clients', cy: 'Rhaglenni cyfarfod ychwanegol' },
    description: {
      en: 'Process names of meeting clients Meeting Guard should watch in addition to those it knows, e.g. "jitsi-meet".',
      cy: 'Enwau prosesau rhaglenni cyfarfod y dylai Meeting Guard eu gwylio yn ogystal â’r rhai y mae’n eu hadnabod, e.e. "jitsi-meet".',
    },
    example: ['jitsi-meet'],
  }),
  ignoredMeetingClients: define({
    kind: { type: 'list', maxItems: 100 },
    schema: () => list(processName(), 100),
    default: [],
    scope: 'machine',
    userEditable: false,
    category: 'calls',
    title: { en: 'Ignored meeting clients', cy: 'Rhaglenni cyfarfod i’w hanwybyddu' },
    description: {
      en: 'Meeting clients (catalogue id or process name) Meeting Guard should not treat as calls.',
      cy: 'Rhaglenni cyfarfod (id catalog neu enw proses) na ddylai Meeting Guard eu trin fel galwadau.',
    },
    example: ['slack'],
    names: 'meeting-clients',
  }),
  extraRecorders: define({
    kind: { type: 'list', maxItems: 100 },
    schema: () => list(processName(), 100),
    default: [],
    scope: 'machine',
    userEditable: false,
    category: 'calls',
    title: { en: 'Additional recording software', cy: 'Meddalwedd recordio ychwanegol' },
    description: {
      en: 'Process names of recording or screen-capture tools to warn about in addition to those Meeting Guard knows.',
      cy: 'Enwau prosesau offer recordio neu ddal sgrin i rybuddio amdanynt yn ogystal â’r rhai y mae Meeting Guard yn eu hadnabod.',
    },
    example: ['CamtasiaRecorder.exe'],
  }),
  ignoredRecorders: define({
    kind: { type: 'list', maxItems: 100 },
    schema: () => list(processName(), 100),
    default: [],
    scope: 'machine',
    userEditable: false,
    category: 'calls',
    title: { en: 'Allowed recording software', cy: 'Meddalwedd recordio a ganiateir' },
    description: {
      en: 'Recording tools (catalogue id or process name) the organisation allows, so Meeting Guard does not warn about them.',
      cy: 'Offer recordio (id catalog neu enw proses) y mae’r sefydliad yn eu caniatáu, fel nad yw Meeting Guard yn rhybuddio amdanynt.',
    },
    example: ['snippingtool.exe'],
    names: 'recorders',
  }),
  cleanupMode: define({
    kind: {
      type: 'enum',
      values: ['off', 'remind', 'clear-on-confirm'],
      labels: {
        off: { en: 'Off: do not mention meeting data', cy: 'I ffwrdd: peidio â sôn am ddata cyfarfodydd' },
        remind: { en: 'Remind: show what the clients keep after a call', cy: 'Atgoffa: dangos beth mae’r rhaglenni’n ei gadw ar ôl galwad' },
        'clear-on-confirm': { en: 'Clear on confirm: offer to clear it after a call', cy: 'Clirio ar ôl cadarnhau: cynnig ei glirio ar ôl galwad' },
      },
    },
    schema: () => z.enum(['off', 'remind', 'clear-on-confirm'], { error: 'must be one of off, remind, clear-on-confirm' }),
    default: 'clear-on-confirm',
    scope: 'user',
    userEditable: true,
    category: 'cleanup',
    title: { en: 'Meeting data after a call', cy: 'Data cyfarfodydd ar ôl galwad' },
    description: {
      en: 'What Meeting Guard does with the names, e-mail addresses and IP addresses meeting clients keep on the laptop: off, remind, or clear-on-confirm (cleared only after the user confirms, never while the client runs).',
      cy: 'Beth mae Meeting Guard yn ei wneud â’r enwau, cyfeiriadau e-bost a chyfeiriadau IP y mae rhaglenni cyfarfod yn eu cadw ar y gliniadur: off, remind, neu clear-on-confirm (dim ond ar ôl i’r defnyddiwr gadarnhau, byth tra bo’r rhaglen yn rhedeg).',
    },
    example: 'clear-on-confirm',
  }),
  cleanupClients: define({
    kind: { type: 'list', maxItems: 50 },
    schema: () => list(clientId(), 50),
    default: [],
    scope: 'machine',
    userEditable: false,
    category: 'cleanup',
    title: { en: 'Clients to clear', cy: 'Rhaglenni i’w clirio' },
    description: {
      en: 'Catalogue ids of the meeting clients whose local data Meeting Guard offers to clear. Not set or empty: every client it knows.',
      cy: 'Idau catalog y rhaglenni cyfarfod y mae Meeting Guard yn cynnig clirio eu data lleol. Heb ei osod neu’n wag: pob rhaglen y mae’n ei hadnabod.',
    },
    example: ['zoom', 'teams'],
    names: 'cleanup-clients',
  }),
  cleanupExtraPaths: define({
    kind: { type: 'list', maxItems: 50 },
    schema: () => list(homeRelativePath(), 50),
    default: [],
    scope: 'machine',
    userEditable: false,
    category: 'cleanup',
    title: { en: 'Extra folders to clear', cy: 'Ffolderi ychwanegol i’w clirio' },
    description: {
      en: 'Further folders or files to clear after a call, relative to the user’s home folder (e.g. "Documents/Zoom"). Paths outside the home folder are refused.',
      cy: 'Ffolderi neu ffeiliau pellach i’w clirio ar ôl galwad, yn gymharol â ffolder cartref y defnyddiwr (e.e. "Documents/Zoom"). Gwrthodir llwybrau y tu allan i’r ffolder cartref.',
    },
    example: ['Documents/Zoom'],
  }),
  quarantineDays: define({
    kind: { type: 'integer', min: 0, max: 365 },
    schema: () => z.int({ error: 'expected a whole number' }).min(0, { error: 'must be 0 or more' }).max(365, { error: 'must be at most 365' }),
    default: 7,
    scope: 'machine',
    userEditable: false,
    category: 'cleanup',
    title: { en: 'Days cleared data is kept in quarantine', cy: 'Dyddiau y cedwir data wedi’i glirio mewn cwarantîn' },
    description: {
      en: 'Cleared files are moved to a quarantine folder and deleted for good after this many days (0: at the next start).',
      cy: 'Symudir ffeiliau wedi’u clirio i ffolder cwarantîn a’u dileu’n barhaol ar ôl y nifer hwn o ddyddiau (0: yn y cychwyn nesaf).',
    },
    example: 7,
  }),
  cleanupReminderDelayMinutes: define({
    kind: { type: 'integer', min: 0, max: 1440 },
    schema: () => z.int({ error: 'expected a whole number' }).min(0, { error: 'must be 0 or more' }).max(1440, { error: 'must be at most 1440 (a day)' }),
    default: 0,
    scope: 'user',
    userEditable: true,
    category: 'cleanup',
    title: { en: 'Minutes before the after-call reminder', cy: 'Munudau cyn y nodyn atgoffa ar ôl galwad' },
    description: {
      en: 'How many minutes after a call ends Meeting Guard reminds the user about meeting data (0: straight away).',
      cy: 'Sawl munud ar ôl i alwad ddod i ben y mae Meeting Guard yn atgoffa’r defnyddiwr am ddata cyfarfodydd (0: ar unwaith).',
    },
    example: 0,
  }),
  allowSnooze: define({
    ...onOff,
    default: true,
    scope: 'user',
    userEditable: false,
    category: 'general',
    title: { en: 'Allow snoozing reminders', cy: 'Caniatáu gohirio nodiadau atgoffa' },
    description: {
      en: 'Whether the user may snooze Meeting Guard’s reminders and warnings.',
      cy: 'A gaiff y defnyddiwr ohirio nodiadau atgoffa a rhybuddion Meeting Guard.',
    },
    example: true,
  }),
  snoozeMinutes: define({
    kind: { type: 'integer', min: 5, max: 1440 },
    schema: () => z.int({ error: 'expected a whole number' }).min(5, { error: 'must be at least 5' }).max(1440, { error: 'must be at most 1440 (a day)' }),
    default: 60,
    scope: 'user',
    userEditable: true,
    category: 'general',
    title: { en: 'Snooze length in minutes', cy: 'Hyd gohirio mewn munudau' },
    description: {
      en: 'How long a snoozed reminder stays quiet before it appears again.',
      cy: 'Am ba hyd y mae nodyn atgoffa wedi’i ohirio yn aros yn dawel cyn ymddangos eto.',
    },
    example: 30,
  }),
  helpLink: define({
    kind: { type: 'string', maxLength: 2048 },
    schema: () => helpLink(),
    default: '',
    scope: 'machine',
    userEditable: false,
    category: 'general',
    title: { en: 'Help and contact link', cy: 'Dolen help a chysylltu' },
    description: {
      en: 'Where users get help with video-call privacy: an https: or mailto: link, e.g. mailto:dpo@example.org.',
      cy: 'Ble mae defnyddwyr yn cael help gyda phreifatrwydd galwadau fideo: dolen https: neu mailto:, e.e. mailto:dpo@example.org.',
    },
    example: 'mailto:dpo@example.org',
  }),
  hideQuit: define({
    ...onOff,
    default: false,
    scope: 'machine',
    userEditable: false,
    category: 'general',
    title: { en: 'Hide Quit', cy: 'Cuddio Gadael' },
    description: {
      en: 'Remove Quit from the tray menu so users keep Meeting Guard running.',
      cy: 'Tynnu Gadael o ddewislen yr hambwrdd fel bod defnyddwyr yn cadw Meeting Guard yn rhedeg.',
    },
    example: false,
  }),
  startAtLogin: define({
    ...onOff,
    default: true,
    scope: 'machine',
    userEditable: true,
    category: 'general',
    title: { en: 'Start at login', cy: 'Dechrau wrth fewngofnodi' },
    description: {
      en: 'Start Meeting Guard when the user logs in. Set to false to leave starting it to the user or to your own tools; when not configured, the user may turn it off.',
      cy: 'Dechrau Meeting Guard pan fydd y defnyddiwr yn mewngofnodi. Gosodwch i false i adael i’r defnyddiwr neu eich offer eich hun ei gychwyn; pan nad yw wedi’i ffurfweddu, caiff y defnyddiwr ei ddiffodd.',
    },
    example: true,
  }),
  pollIntervalSeconds: define({
    kind: { type: 'integer', min: 2, max: 300 },
    schema: () => z.int({ error: 'expected a whole number' }).min(2, { error: 'must be at least 2' }).max(300, { error: 'must be at most 300' }),
    default: 5,
    scope: 'machine',
    userEditable: false,
    category: 'calls',
    title: { en: 'Seconds between checks for calls', cy: 'Eiliadau rhwng gwiriadau am alwadau' },
    description: {
      en: 'How often Meeting Guard looks for running meeting clients and recording software.',
      cy: 'Pa mor aml y mae Meeting Guard yn chwilio am raglenni cyfarfod a meddalwedd recordio sy’n rhedeg.',
    },
    example: 5,
  }),
} as const;

export type PolicySchema = typeof policySchema;
export type SettingKey = keyof PolicySchema;
export type Settings = { [K in SettingKey]: PolicySchema[K]['default'] };
export const settingKeys = Object.keys(policySchema) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(policySchema, key);
}

export function definitionOf(key: SettingKey): SettingDefinition {
  return policySchema[key] as SettingDefinition;
}
