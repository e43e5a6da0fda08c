import type { RecorderSighting } from './call-events.js';
import { fill, resolveUiLanguage } from '../i18n/translate.js';
import { warningWords } from '../i18n/warning-words.js';
import { nameForId } from '../products/describe.js';

/**
 * The words a person sees: name the program, say how sure we are, say what to do. An ambiguous tool that merely
 * runs gets the softer wording, because it is usually idle in the tray. The name is the product's own in the person's
 * language ("Sgrinlun a recordio sgrin macOS"); a program IT added through policy keeps the name it was given.
 */
export function recorderWarning(recorder: RecorderSighting, language: string | undefined = 'en-GB'): { message: string; advice: string } {
  const ui = resolveUiLanguage(language);
  const words = warningWords(ui);
  const name = nameForId(recorder.id, ui, [{ id: recorder.id, name: recorder.name }]);
  const chosen = recorder.level === 'present' ? words.present : recorder.category === 'remote-view' ? words.remoteView : words.active;
  return { message: fill(chosen.message, { name }), advice: fill(chosen.advice, { name }) };
}
