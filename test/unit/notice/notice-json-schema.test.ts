import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { noticeJsonSchema } from '../../../electron/core/notice/notice-json-schema.js';
import { EXAMPLES, FIXTURES_DIR, NOTICES_DIR, example } from './notice-helpers.js';

const frontMatter = (source: string): unknown => parse(source.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '');

describe('the notice JSON Schema for editors', () => {
  it('the committed copy is what the zod schema generates (regenerate: meeting-guard notice --schema > build/notices/notice.schema.json)', () => {
    expect(readFileSync(`${NOTICES_DIR}notice.schema.json`, 'utf8')).toBe(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
  });

  it('accepts the shipped examples and rejects the misspelt fixture, as the parser does', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(noticeJsonSchema());
    for (const name of EXAMPLES) expect(validate(frontMatter(example(name))), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(validate(frontMatter(readFileSync(`${FIXTURES_DIR}typo-in-fields.md`, 'utf8')))).toBe(false);
    expect(validate.errors?.map((e) => e.params)).toContainEqual({ additionalProperty: 'lastModifed' });
  });
});
