import type { UiLanguage } from './translate.js';

/**
 * The words `cleanup --scan` and `cleanup --clear` print around products' names and descriptions, per UI language
 * (`--lang`, or the terminal's locale). Reasons passed up from the file system stay as they are.
 * Welsh wording should be reviewed by a translator before release, like the rest of cy.ts.
 */
const en = {
  nothingFound: 'nothing found',
  summary: '{size} in {count} location(s)',
  files: '{count} file(s)',
  ruleClearSignsOut: 'cleared (signs you out)',
  ruleClear: 'cleared',
  ruleConsent: 'your own files: only on separate request',
  ruleNever: 'never touched (shared with other apps, or the person\'s own messages)',
  found: 'found',
  skipped: 'skipped',
  tip: 'Tip',
  notCleared: 'Not cleared',
  cancelled: 'Scan cancelled: the list above is incomplete.',
  refused: 'Refused for {client}: {names} is running. Quit it (including tray icon), or run again with --wait SECONDS.',
  verb: { cleared: 'cleared', 'would-clear': 'would clear', skipped: 'skipped', kept: 'kept' },
  nothingToClear: 'Nothing to clear.',
  dryRun: 'Dry run: nothing was changed.',
  undo: 'Undo with',
  ssd: 'Removed items wait in quarantine, then are deleted. Deleting (or overwriting) does not guarantee erasure on SSDs; full-disk encryption is what protects deleted data.',
};

export type CleanupTextWords = typeof en;

const cy: CleanupTextWords = {
  nothingFound: 'dim byd wedi’i ganfod',
  summary: '{size} mewn {count} lleoliad',
  files: '{count} ffeil',
  ruleClearSignsOut: 'yn cael ei glirio (yn eich allgofnodi)',
  ruleClear: 'yn cael ei glirio',
  ruleConsent: 'eich ffeiliau eich hun: dim ond ar gais ar wahân',
  ruleNever: 'byth yn cael ei gyffwrdd (wedi’i rannu ag apiau eraill, neu negeseuon y person ei hun)',
  found: 'wedi’u canfod',
  skipped: 'wedi hepgor',
  tip: 'Awgrym',
  notCleared: 'Heb ei glirio',
  cancelled: 'Sganio wedi’i ganslo: mae’r rhestr uchod yn anghyflawn.',
  refused: 'Gwrthodwyd ar gyfer {client}: mae {names} yn rhedeg. Caewch ef (gan gynnwys eicon yr hambwrdd), neu rhedwch eto gyda --wait SECONDS.',
  verb: { cleared: 'wedi clirio', 'would-clear': 'byddai’n clirio', skipped: 'wedi hepgor', kept: 'wedi cadw' },
  nothingToClear: 'Dim byd i’w glirio.',
  dryRun: 'Rhediad prawf: ni newidiwyd dim.',
  undo: 'Dadwneud gyda',
  ssd: 'Mae eitemau a dynnwyd yn aros mewn cwarantîn, yna’n cael eu dileu. Nid yw dileu (neu drosysgrifo) yn gwarantu eu bod wedi’u dileu’n llwyr ar SSD; amgryptio’r ddisg gyfan sy’n diogelu data a ddilëwyd.',
};

const tables: Record<UiLanguage, CleanupTextWords> = { 'en-GB': en, cy };

export function cleanupTextWords(language: UiLanguage): CleanupTextWords {
  return tables[language];
}
