import { LineCounter, isMap, isNode, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { NOTICE_FORMAT_V1, NOTICE_FORMAT_V2, frontMatterSchema, type NoticeFacts, type NoticeFormat } from './notice-schema.js';
import { V1_STATING_DEFAULTS, factsFromV1, frontMatterSchemaV1 } from './notice-schema-v1.js';
import { factWarnings, type FactWarning } from './notice-warnings.js';
import type { NoticeError } from './notice-model.js';

export interface ReadFacts {
  facts: NoticeFacts;
  /** The front matter as its own format reads it (for @1: with @1's defaults), for the JSON a script gets. */
  written: Record<string, unknown>;
  format: NoticeFormat;
  warnings: NoticeError[];
}

export interface FactOptions {
  /** Meeting-client ids the app knows; a platform's `client` outside them is a warning. Unchecked when absent. */
  knownClients?: readonly string[];
}

export interface SplitNotice {
  yaml: string;
  /** 1-based line in the file where the YAML starts (the line after the opening ---). */
  yamlLine: number;
  body: string;
  bodyLine: number;
}

/** Separates the `---` fenced YAML block at the top of the file from the Markdown body. */
export function splitFrontMatter(source: string): SplitNotice | NoticeError {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return { line: 1, column: 1, field: 'front matter', message: 'a notice must start with a line "---" opening its YAML front matter' };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) {
    return { line: lines.length, column: 1, field: 'front matter', message: 'the front matter is never closed: add a line "---" after it' };
  }
  return { yaml: lines.slice(1, close).join('\n'), yamlLine: 2, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/** Parses and validates the front matter; every error and warning carries the line of the field it is about. */
export function parseFacts(split: SplitNotice, options: FactOptions = {}): ReadFacts | { errors: NoticeError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + split.yamlLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => ({ ...at(error.pos[0]), field: 'front matter', message: `YAML: ${firstLine(error.message)}` })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Only aliases make toJS throw (one used before its anchor, or a "billion laughs" expansion): point at the first.
    let offset = 0;
    visit(doc, { Alias: (_key, node) => ((offset = node.range?.[0] ?? 0), visit.BREAK) });
    return { errors: [{ ...at(offset), field: 'front matter', message: `YAML: ${firstLine((error as Error).message)}` }] };
  }
  const found: FactWarning[] = [];
  const input = keepVersionAsWritten(doc, data, found);
  const isV1 = isRecord(input) && input.format === NOTICE_FORMAT_V1;
  const result = isV1 ? frontMatterSchemaV1.safeParse(input) : frontMatterSchema.safeParse(input);
  if (!result.success) return { errors: result.error.issues.map((issue) => locateIssue(doc, issue, at, split.yamlLine)) };
  const facts: NoticeFacts = isV1 ? factsFromV1(frontMatterSchemaV1.parse(input)) : { ...(result.data as z.output<typeof frontMatterSchema>) };
  if (isV1) found.push(...defaultsApplied(input as Record<string, unknown>, facts));
  found.push(...factWarnings(facts, options.knownClients));
  const locate = (w: FactWarning): NoticeError => {
    const node = nearestNode(doc, w.path);
    return { ...(node ? at(node) : { line: split.yamlLine, column: 1 }), field: w.path.length > 0 ? fieldName(w.path) : 'front matter', message: w.message };
  };
  return { facts, written: result.data as Record<string, unknown>, format: isV1 ? NOTICE_FORMAT_V1 : NOTICE_FORMAT_V2, warnings: found.map(locate) };
}

/**
 * YAML reads an unquoted `version: 2.10` as the number 2.1. The source text is still there, so the version keeps what
 * was written, and a warning says to quote it (another reader of the file would see 2.1).
 */
function keepVersionAsWritten(doc: Document, data: unknown, found: FactWarning[]): unknown {
  const node = doc.get('version', true);
  if (!isRecord(data) || !isScalar(node) || typeof node.value !== 'number') return data ?? {};
  const written = typeof node.source === 'string' && node.source.trim() !== '' ? node.source.trim() : String(node.value);
  const read = String(node.value);
  found.push({
    path: ['version'],
    message: written === read
      ? `is the number ${read} to YAML: quote it ("${written}") so that 3.10 stays 3.10 when it changes`
      : `YAML reads ${written} as the number ${read}: Meeting Guard keeps "${written}" as written, but quote it ("${written}") so every reader sees the same`,
  });
  return { ...data, version: written };
}

function defaultsApplied(raw: Record<string, unknown>, facts: NoticeFacts): FactWarning[] {
  const has = (path: readonly string[]) => {
    let at: unknown = raw;
    for (const key of path) at = isRecord(at) ? at[key] : undefined;
    return at !== undefined;
  };
  // A supervisor's defaults are only said when a supervisor may observe; every other parent is required or has a default.
  const applies = (path: readonly string[]) => !has(path) && (path[0] !== 'supervisor' || facts.supervisor?.mayObserve === true);
  return V1_STATING_DEFAULTS.filter(applies).map((path) => ({
    path: [...path],
    message: `not written, so ${NOTICE_FORMAT_V1} reads it as its default and the notice says so: write it out, or move to ${NOTICE_FORMAT_V2}, where what is left out is not said`,
  }));
}

/** The offset of the deepest part of `path` that exists, by its key ("version:") rather than its value. */
function nearestNode(doc: Document, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (node === undefined) continue;
    const key = keyOf(doc, path.slice(0, depth));
    if (key !== undefined) return key;
    if (isNode(node) && node.range) return node.range[0];
  }
  return isNode(doc.contents) ? doc.contents.range?.[0] : undefined;
}

/** A field is best pointed at by its key ("version:"), not its value. */
function keyOf(doc: Document, path: readonly (string | number)[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function locateIssue(
  doc: Document,
  issue: z.core.$ZodIssue,
  at: (offset: number) => { line: number; column: number },
  yamlLine: number,
): NoticeError {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const field = path.length > 0 ? fieldName(path) : 'front matter';
  // For a missing or unknown key the nearest node that exists is the one to point at: its parent map.
  const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    let offset = node.range[0];
    if (unknownKeys.length > 0 && isMap(node)) {
      // A blank key (a line that is only ":") reaches zod as "".
      const pair = node.items.find((item) => isScalar(item.key) && unknownKeys.includes(String(item.key.value ?? '')));
      if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
    }
    return { ...at(offset), field: unknownKeys.length > 0 ? fieldName([...path, unknownKeys.join(', ')]) : field, message: describe(issue, depth < path.length) };
  }
  return { line: yamlLine, column: 1, field, message: describe(issue, true) };
}

/** "dpo.email", "platforms.0.privacyUrl"; a blank key (a line that is only ":") shows as "". */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((key) => (key === '' ? '""' : String(key))).join('.');
}

function describe(issue: z.core.$ZodIssue, missing: boolean): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} (check the spelling; free text belongs in a ## section)`;
  if (missing && issue.code === 'invalid_type') return `is required but missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_value' && issue.path.length === 1 && issue.path[0] === 'format') {
    return `must be ${NOTICE_FORMAT_V2} (or ${NOTICE_FORMAT_V1}, the earlier format this app still reads)`;
  }
  return issue.message;
}

function firstLine(message: string): string {
  // The yaml package counts lines from the start of the front matter; the error already carries the file's line.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
