import { LineCounter, isMap, isNode, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { frontMatterSchema, type NoticeFacts } from './notice-schema.js';
import type { NoticeError } from './notice-model.js';

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

/** Parses and validates the front matter; every error carries the line of the field it is about. */
export function parseFacts(split: SplitNotice): { facts: NoticeFacts } | { errors: NoticeError[] } {
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
  const result = frontMatterSchema.safeParse(data ?? {});
  if (result.success) return { facts: result.data };
  return { errors: result.error.issues.map((issue) => locateIssue(doc, issue, at, split.yamlLine)) };
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
  return issue.message;
}

function firstLine(message: string): string {
  // The yaml package counts lines from the start of the front matter; the error already carries the file's line.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
