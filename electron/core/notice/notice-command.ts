import { z } from 'zod';
import type { CliCommand, CliContext } from '../cli/command.js';
import { parseCommandArgs } from '../cli/args.js';
import { ExitCode } from '../cli/exit-codes.js';
import { InputError, printJson, type CliIo } from '../cli/io.js';
import { formatNoticeError } from './notice-model.js';
import { parseNotice } from './parse-notice.js';
import { loadNotice, type NoticeVariantSource } from './load-notice.js';
import { NoticeFileError, readNoticeVariants } from './notice-files.js';
import { languageTag } from './notice-schema.js';
import { noticeJsonSchema } from './notice-json-schema.js';
import { aliasId, productsWithRole } from '../products/index.js';

const usage = `Usage:
  meeting-guard notice --check FILE [--json]
  meeting-guard notice --render FILE [--format text|markdown|html|mailto|json] [--lang TAG] [--fallback TAG]
  meeting-guard notice --schema

--check validates FILE and its language variants beside it (FILE.<lang>.md), says which format each was
read as (meeting-guard/notice@2, or the earlier @1), and prints errors as FILE:LINE:COLUMN: field: message and
likely mistakes as FILE:LINE:COLUMN: warning: field: message. Exit 0 when every variant is valid (warnings or
not), 1 when one is not.
--render prints the notice in the language asked for (default: FILE's own), falling back to --fallback
(default en-GB) when there is no variant in that language. Exit 1 when no variant is valid.
--schema prints the front matter's JSON Schema, for editors that check YAML as you type.`;

const argsSchema = z
  .object({
    check: z.string().min(1).optional(),
    render: z.string().min(1).optional(),
    format: z.enum(['text', 'markdown', 'html', 'mailto', 'json'], 'must be text, markdown, html, mailto or json').default('text'),
    lang: languageTag.optional(),
    fallback: languageTag.default('en-GB'),
    json: z.boolean().default(false),
    schema: z.boolean().default(false),
    positionals: z.array(z.string()).max(0, 'takes no arguments without a flag: use --check FILE or --render FILE'),
  })
  .refine((a) => [a.check !== undefined, a.render !== undefined, a.schema].filter(Boolean).length === 1, 'give exactly one of --check FILE, --render FILE or --schema');

/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = (argv: readonly string[]) => parseCommandArgs('notice', argv, {
  check: { type: 'string' },
  render: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  fallback: { type: 'string' },
  json: { type: 'boolean' },
  schema: { type: 'boolean' },
}, argsSchema);

export const noticeCommand: CliCommand = {
  name: 'notice',
  summary: 'Check a privacy notice file, or print it as text, Markdown or HTML',
  usage,
  exitCodes: { [ExitCode.ok]: 'valid (--check), printed (--render, --schema)', [ExitCode.finding]: 'a variant is not valid (--check), no valid variant to print (--render)', [ExitCode.cannotCheck]: 'the file cannot be read' },
  parseArgs,
  async run(argv, context) {
    const args = parseArgs(argv);
    if (args.schema) {
      printJson(context.io, noticeJsonSchema());
      return ExitCode.ok;
    }
    if (args.check !== undefined) return check(await read(args.check, context), args.json, context.io);
    return render(await read(args.render ?? '', context), args.format, args.lang, args.fallback, context.io);
  },
};

async function read(file: string, context: CliContext): Promise<NoticeVariantSource[]> {
  try {
    return await readNoticeVariants(file, { cwd: context.io.cwd });
  } catch (error) {
    if (error instanceof NoticeFileError) throw new InputError(error.message);
    throw error;
  }
}

function check(variants: readonly NoticeVariantSource[], json: boolean, io: CliIo): ExitCode {
  // A notice names the meeting app people join with: a meeting client, or a browser for web-only platforms.
  const knownClients = [...productsWithRole('meeting-client'), ...productsWithRole('browser')].flatMap((p) => [p.id, ...p.aliases.map(aliasId)]);
  const results = variants.map((v) => ({ path: v.path, result: parseNotice(v.text, { knownClients }) }));
  const { warnings } = loadNotice(variants, 'en-GB');
  const valid = results.every((r) => r.result.ok);
  if (json) {
    printJson(io, {
      schema: 'meeting-guard/notice-check@1',
      valid,
      files: results.map(({ path, result }) =>
        result.ok
          ? { path, valid: true, format: result.notice.format, language: result.notice.facts.language, version: result.notice.facts.version, sections: result.notice.sections.length, errors: [], warnings: result.warnings }
          : { path, valid: false, errors: result.errors, warnings: [] },
      ),
      warnings,
    });
  } else {
    for (const { path, result } of results) {
      if (result.ok) {
        const f = result.notice.facts;
        io.stdout(`${path}: valid notice (${f.language}, version ${f.version}, last modified ${f.lastModified}, ${result.notice.sections.length} sections), read as ${result.notice.format}\n`);
        for (const warning of result.warnings) io.stdout(`${formatNoticeError(path, { ...warning, field: `warning: ${warning.field}` })}\n`);
      } else {
        io.stdout(`${path}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}\n`);
        for (const error of result.errors) io.stdout(`${formatNoticeError(path, error)}\n`);
      }
    }
    for (const warning of warnings) io.stdout(`warning: ${warning}\n`);
  }
  return valid ? ExitCode.ok : ExitCode.finding;
}

function render(variants: readonly NoticeVariantSource[], format: string, lang: string | undefined, fallback: string, io: CliIo): ExitCode {
  const first = variants[0] ? parseNotice(variants[0].text) : undefined;
  const language = lang ?? (first?.ok ? first.notice.facts.language : fallback);
  const loaded = loadNotice(variants, language, fallback);
  for (const problem of loaded.problems) for (const error of problem.errors) io.stderr(`${formatNoticeError(problem.path, error)}\n`);
  if (!loaded.ok) {
    io.stderr('meeting-guard: no valid notice to render: fix the problems above (meeting-guard notice --check FILE lists them).\n');
    return ExitCode.finding;
  }
  const { value } = loaded;
  if (value.fallbackMessage) io.stderr(`${value.fallbackMessage}\n`);
  if (format === 'json') {
    // The notice as its own format reads it: a script written against @1 output keeps getting @1's shape.
    const { format, written, sections } = value.notice;
    printJson(io, { schema: format, path: value.path, language: value.language, available: value.available, notice: { facts: written, sections }, checklist: value.checklist });
  } else if (format === 'mailto') {
    io.stdout(`${value.rendered.mailto}\n`);
  } else {
    io.stdout(value.rendered[format as 'text' | 'markdown' | 'html']);
  }
  return ExitCode.ok;
}
