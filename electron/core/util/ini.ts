import { toOneLine } from './one-line.js';
import { forEachLine } from '../input/lines.js';

/**
 * The INI dialect of sssd.conf and Landscape's client.conf: `[section]` headers (names may contain dots and
 * slashes, as in `[domain/corp.example.com]`, which general INI libraries split into nested objects), `key = value`
 * lines, `#` and `;` comments. Later sections with the same name extend earlier ones, as sssd merges conf.d.
 */
export type IniSections = Record<string, Record<string, string>>;

export function parseIni(text: string): IniSections {
  // No prototypes: a "[__proto__]" section or key is a name like any other, never a way into Object.prototype.
  const sections: IniSections = Object.create(null) as IniSections;
  let current: Record<string, string> | undefined;
  forEachLine(text.replace(/^\uFEFF/, ''), (raw) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header?.[1]) {
      current = sections[header[1].trim()] ??= Object.create(null) as Record<string, string>;
      return;
    }
    const eq = line.indexOf('=');
    // Control characters never belong in these values and would break the one-line messages built from them.
    if (eq > 0 && current) current[line.slice(0, eq).trim().toLowerCase()] = toOneLine(line.slice(eq + 1)).trim();
  });
  return sections;
}
