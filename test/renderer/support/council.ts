import { exampleNotices } from './world.js';

/**
 * The organisation the screens are shown for: Glanafon District Council's Teams notice (build/notices/) has an
 * English and a Welsh variant, so both languages show a real notice; IT's help link is the kind of intranet page
 * councils publish.
 */
export const councilPolicy = {
  organisationName: 'Glanafon District Council',
  noticeFiles: { 'en-GB': exampleNotices.teams, cy: exampleNotices.teamsWelsh },
  helpLink: 'https://intranet.glanafon.example/it-help',
};
