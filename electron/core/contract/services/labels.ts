import type { Locale } from '../views.js';

/** The few sentences the view models add themselves; the notice text and setting titles come from their owners. */
const labels = {
  'en-GB': {
    deviceCheck: 'Managed by your organisation',
    policyCheck: 'Settings from your organisation',
    noticeCheck: 'Privacy notice',
    policyOk: 'Your organisation’s settings were read without problems.',
    policyProblems: '{count} of your organisation’s settings could not be used; the defaults apply to them.',
    noticeOk: 'The notice “{title}” is shown ({language}).',
    noticeMissing: 'Your organisation has not set a privacy notice yet (policy “noticeFiles” or “noticeText”).',
    noticeBroken: 'The privacy notice your organisation set could not be read.',
    keptPreferences: 'Your settings',
    keptPreferencesDetail: '{count} settings you changed yourself.',
    keptLanguage: 'Window language',
    keptLanguageDetail: 'You chose {language} for Meeting Guard’s windows.',
    keptQuarantine: 'Meeting data set aside by cleanup',
    keptQuarantineDetail: 'Kept so Undo can put it back; removed for good after the quarantine period.',
    keptState: 'When you last confirmed the notice and cleared meeting data',
    keptStateDetail: 'Two times, nothing else: not which meeting, not who was in it.',
    keptStatus: 'Status for your organisation’s IT',
    keptStatusDetail: 'Whether this laptop is managed, which recording programs run and the two times above; no names, e-mail or IP addresses. While Meeting Guard runs it writes this file again within a few minutes, because your organisation’s reporting tools read it.',
  },
  cy: {
    deviceCheck: 'Wedi’i reoli gan eich sefydliad',
    policyCheck: 'Gosodiadau gan eich sefydliad',
    noticeCheck: 'Hysbysiad preifatrwydd',
    policyOk: 'Darllenwyd gosodiadau eich sefydliad heb broblemau.',
    policyProblems: 'Doedd dim modd defnyddio {count} o osodiadau eich sefydliad; mae’r rhagosodiadau’n berthnasol iddynt.',
    noticeOk: 'Mae’r hysbysiad “{title}” yn cael ei ddangos ({language}).',
    noticeMissing: 'Dydy eich sefydliad ddim wedi gosod hysbysiad preifatrwydd eto (polisi “noticeFiles” neu “noticeText”).',
    noticeBroken: 'Doedd dim modd darllen yr hysbysiad preifatrwydd a osododd eich sefydliad.',
    keptPreferences: 'Eich gosodiadau',
    keptPreferencesDetail: '{count} gosodiad a newidiwyd gennych chi.',
    keptLanguage: 'Iaith y ffenestri',
    keptLanguageDetail: 'Fe ddewisoch {language} ar gyfer ffenestri Meeting Guard.',
    keptQuarantine: 'Data cyfarfodydd a roddwyd o’r neilltu wrth glirio',
    keptQuarantineDetail: 'Yn cael ei gadw fel y gall Dadwneud ei roi yn ôl; yn cael ei ddileu am byth ar ôl y cyfnod cwarantîn.',
    keptState: 'Pryd y gwnaethoch gadarnhau’r hysbysiad a chlirio data cyfarfodydd ddiwethaf',
    keptStateDetail: 'Dau amser, dim byd arall: nid pa gyfarfod, nid pwy oedd ynddo.',
    keptStatus: 'Statws ar gyfer TG eich sefydliad',
    keptStatusDetail: 'A yw’r gliniadur hwn wedi’i reoli, pa raglenni recordio sy’n rhedeg a’r ddau amser uchod; dim enwau, cyfeiriadau e-bost na chyfeiriadau IP. Tra bo Meeting Guard yn rhedeg mae’n ysgrifennu’r ffeil hon eto o fewn ychydig funudau, oherwydd bod offer adrodd eich sefydliad yn ei darllen.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type LabelKey = keyof (typeof labels)['en-GB'];

export function label(locale: Locale, key: LabelKey, values: Record<string, string | number> = {}): string {
  return labels[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
