import { z } from 'zod';
import { resolveUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/translate.js';

/** `--lang` as the text-printing commands accept it: a language tag the screens speak, or one that falls back. */
export const langOption = z
  .string()
  .regex(/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i, { error: `use a language tag such as ${UI_LANGUAGES.join(' or ')}` })
  .optional();

/**
 * The language a command's text output speaks where it names programs and what they keep: `--lang`, else the
 * locale the terminal was started with (LC_ALL, LC_MESSAGES, LANG: POSIX's order, "cy_GB.UTF-8" is Welsh), else
 * British English. JSON output never changes with it: scripts read ids and English words there.
 */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): UiLanguage {
  if (flag) return resolveUiLanguage(flag.replace(/_/g, '-'));
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (!locale || locale === 'C' || locale === 'POSIX') return 'en-GB';
  return resolveUiLanguage(locale.split(/[.@]/)[0]?.replace(/_/g, '-'));
}
