import type { UiLanguage } from './translate.js';

/**
 * The words of a recorder warning, per UI language; `{name}` is the program's display name in that language.
 * Welsh wording should be reviewed by a translator before release, like the rest of cy.ts.
 */
export interface WarningWords {
  present: { message: string; advice: string };
  remoteView: { message: string; advice: string };
  active: { message: string; advice: string };
}

const en: WarningWords = {
  present: {
    message: '{name} is running during this call. It can record the screen or audio, though it may be idle.',
    advice: 'If {name} is recording, stop it, or tell everyone in the call and ask for their consent before you continue.',
  },
  remoteView: {
    message: '{name} is running: someone outside this call may be able to see your screen.',
    advice: 'Close {name} unless IT asked you to use it, and tell the participants.',
  },
  active: {
    message: '{name} is recording or capturing during this call.',
    advice: 'Stop {name}, or tell everyone in the call that it is being recorded and ask for their consent first.',
  },
};

const cy: WarningWords = {
  present: {
    message: 'Mae {name} yn rhedeg yn ystod yr alwad hon. Gall recordio’r sgrin neu’r sain, er efallai ei fod yn segur.',
    advice: 'Os yw {name} yn recordio, stopiwch ef, neu dywedwch wrth bawb yn yr alwad a gofynnwch am eu caniatâd cyn parhau.',
  },
  remoteView: {
    message: 'Mae {name} yn rhedeg: efallai y gall rhywun y tu allan i’r alwad hon weld eich sgrin.',
    advice: 'Caewch {name} oni bai bod TG wedi gofyn i chi ei ddefnyddio, a dywedwch wrth y cyfranogwyr.',
  },
  active: {
    message: 'Mae {name} yn recordio neu’n dal y sgrin yn ystod yr alwad hon.',
    advice: 'Stopiwch {name}, neu dywedwch wrth bawb yn yr alwad ei bod yn cael ei recordio a gofynnwch am eu caniatâd yn gyntaf.',
  },
};

const tables: Record<UiLanguage, WarningWords> = { 'en-GB': en, cy };

export function warningWords(language: UiLanguage): WarningWords {
  return tables[language];
}
