import type { OsName } from '../platform/platform.js';
import { productWords } from '../i18n/product-words.js';
import { allProducts, displayName, productsWithRole, aliasId } from './index.js';
import type { Product, ProductLocation } from './schema.js';

/**
 * The tables in docs/calls.md and docs/cleanup.md, made from the product definitions. Each sits between
 * `<!-- products:NAME -->` and `<!-- /products:NAME -->`; `npm run docs:products` rewrites them and a test fails
 * when a committed table differs from what the definitions produce.
 */
const OSES: readonly OsName[] = ['windows', 'macos', 'linux'];
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (names: readonly string[] | undefined) => (names?.length ? names.map((n) => `\`${n}\``).join(', ') : '');
const sources = (p: Product) => cell(p.sources.join('; '));

function clientsTable(): string {
  const rows = [...productsWithRole('meeting-client'), ...productsWithRole('browser')].map((p) => {
    const inCall = OSES.filter((os) => p.inCall[os]?.length).map((os) => `${os}: ${code(p.inCall[os])}`).join('; ');
    const former = p.aliases.length ? ` (also \`${[...new Set(p.aliases.map(aliasId))].join('`, `')}\`)` : '';
    const kind = p.role === 'browser' ? ' — browser: a call only while it uses the microphone or camera' : '';
    return `| ${cell(displayName(p))} \`${p.id}\`${former}${kind} | ${OSES.map((os) => code(p.processes[os])).join(' | ')} | ${inCall} | ${sources(p)} |`;
  });
  return ['| Client (id) | Windows | macOS | Linux | Only during a call | Sources |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

function recordersTable(): string {
  const words = productWords('en-GB');
  const rows = productsWithRole('recorder').map((p) => {
    const idle = p.mayBeIdle ? ' ~' : '';
    const names = OSES.map((os) => code(p.processes[os]) + (os === 'macos' && p.bundleIds.length ? `${p.processes.macos?.length ? '; ' : ''}bundle ${code(p.bundleIds)}` : ''));
    return `| ${cell(displayName(p))}${idle} \`${p.id}\` | ${words.category[p.category ?? 'screen-recorder']} | ${names.join(' | ')} | ${sources(p)} |`;
  });
  return [
    `${rows.length} programs; ~ = may run without recording (softer message until it holds the microphone, camera or screen).`,
    '',
    '| Program (id) | Kind | Windows | macOS | Linux | Sources |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const BASE: Record<ProductLocation['base'], Record<OsName, string>> = {
  home: { windows: '%USERPROFILE%\\', macos: '~/', linux: '~/' },
  appData: { windows: '%APPDATA%\\', macos: '', linux: '' },
  localAppData: { windows: '%LOCALAPPDATA%\\', macos: '', linux: '' },
};

function locationCell(l: ProductLocation): string {
  const path = `${BASE[l.base][l.os]}${l.os === 'windows' ? l.path.replace(/\//g, '\\') : l.path}`;
  const rule = l.clear === 'never' ? ' never touched' : l.clear === 'consent' ? ' only with `--include-recordings`' : l.signsOut ? ' (signs out)' : '';
  const install = l.install ? ` [${productWords('en-GB').install[l.install]}]` : '';
  const keep = l.keep?.length ? `; keeps ${code(l.keep)}` : '';
  return `\`${cell(path)}\`${install}${rule}${keep} (${cell(l.source)})`;
}

function cleanupTable(): string {
  const rows = allProducts()
    .filter((p) => p.cleanup)
    .map((p) => `| ${cell(displayName(p))} \`${p.id}\` | ${OSES.map((os) => p.cleanup!.locations.filter((l) => l.os === os).map(locationCell).join('<br>')).join(' | ')} |`);
  return ['| Client (id) | Windows | macOS | Linux |', '|---|---|---|---|', ...rows].join('\n');
}

export function productDocTables(): Record<string, Record<string, string>> {
  return {
    'docs/calls.md': { clients: clientsTable(), recorders: recordersTable() },
    'docs/cleanup.md': { locations: cleanupTable() },
  };
}

/** The document with each generated section replaced; a section whose markers are missing is an error. */
export function withTables(doc: string, tables: Record<string, string>): string {
  let out = doc;
  for (const [name, table] of Object.entries(tables)) {
    const begin = `<!-- products:${name} -->`;
    const end = `<!-- /products:${name} -->`;
    const from = out.indexOf(begin);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`markers ${begin} … ${end} not found`);
    out = `${out.slice(0, from + begin.length)}\n${table}\n${out.slice(to)}`;
  }
  return out;
}
