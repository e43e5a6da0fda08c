/**
 * Text read from other systems' output may carry control characters or Unicode line separators; messages built from
 * it (verdicts, evidence, status lines) must stay one line. Each run of them becomes one space.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const BREAKS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

export function toOneLine(text: string): string {
  return text.replace(BREAKS, ' ');
}
