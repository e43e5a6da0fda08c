import type { NoticeFacts, NoticeFormat } from './notice-schema.js';

/** Text inside a paragraph or list item: only what survives into plain text, HTML and e-mail alike. */
export type Inline =
  /** `lang` marks a value in the notice's words inside a sentence of Meeting Guard's worded in another language. */
  | { kind: 'text'; text: string; lang?: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'subheading'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; blocks: Block[] };

/** One free section of the notice body, in the order IT wrote it. */
export interface NoticeSection {
  /** Slug of the heading, stable across renders: "how-long-the-information-is-kept". */
  id: string;
  heading: string;
  /** 1-based line of the heading in the source file. */
  line: number;
  blocks: Block[];
}

export interface Notice {
  /** The format the file was written in; `facts` read either into one model. */
  format: NoticeFormat;
  facts: NoticeFacts;
  /** The front matter as its own format reads it, for scripts that read `--render --format json`. */
  written: Record<string, unknown>;
  sections: NoticeSection[];
}

/** A problem in a notice file, located so IT can go straight to it. */
export interface NoticeError {
  line: number;
  column: number;
  /** Dotted path of the front-matter field ("dpo.email", "platforms.0.privacyUrl"), or "body" / "front matter". */
  field: string;
  message: string;
}

/** `warnings` are likely mistakes in a valid notice (a version YAML read as a number), located like errors. */
export type NoticeParseResult = { ok: true; notice: Notice; warnings: NoticeError[] } | { ok: false; errors: NoticeError[] };

export function formatNoticeError(file: string, error: NoticeError): string {
  return `${file}:${error.line}:${error.column}: ${error.field}: ${error.message}`;
}
