import { describe, expect, it } from 'vitest';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCliProcess } from '../../support/cli.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { FIXTURES_DIR, NOTICES_DIR, example, withLine } from './notice-helpers.js';

describe('meeting-guard notice --check', () => {
  it('exits 0 and lists each language variant of a valid notice', async () => {
    const run = await runCliProcess(['notice', '--check', 'glanafon-teams.md'], { cwd: NOTICES_DIR });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'glanafon-teams.md: valid notice (en-GB, version 5, last modified 2024-11-05, 8 sections), read as meeting-guard/notice@2\n' +
        'glanafon-teams.cy.md: valid notice (cy, version 5, last modified 2024-11-05, 8 sections), read as meeting-guard/notice@2\n',
    );
  });

  it('still reads the @1 files IT deployed, and says it read them as @1', async () => {
    const run = await runCliProcess(['notice', '--check', 'glanafon-teams.md', '--json'], { cwd: join(FIXTURES_DIR, 'v1') });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { format: string; warnings: unknown[] }) => [f.format, f.warnings])).toEqual([
      ['meeting-guard/notice@1', []],
      ['meeting-guard/notice@1', []],
    ]);
  });

  it('exits 1 and prints FILE:LINE:COLUMN: field: message for each problem', async () => {
    const run = await runCliProcess(['notice', '--check', join(FIXTURES_DIR, 'typo-in-fields.md')]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/typo-in-fields\.md: 5 problems$/);
    expect(lines.slice(1).map((l) => l.slice(FIXTURES_DIR.length))).toEqual([
      'typo-in-fields.md:2:1: lastModified: is required but missing (expected string)',
      'typo-in-fields.md:6:1: lastModifed: unknown field (check the spelling; free text belongs in a ## section)',
      'typo-in-fields.md:10:10: dpo.email: must be an e-mail address like dpo@example.org',
      'typo-in-fields.md:13:17: platforms.0.privacyUrl: must be an https:, mailto: or tel: link',
      'typo-in-fields.md:35:1: body: the link "file:///S:/Policies/privacy.docx" must be an https:, mailto: or tel: link',
    ]);
  });

  it('fails when a language variant beside the file is broken, and says which', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'n.md': example('glanafon-teams.md'), 'n.cy.md': withLine(example('glanafon-teams.cy.md'), 'version:', 'version: "4"').replace('dpo@glanafon.example\n', 'dpo@\n') });
    const run = await runCliProcess(['notice', '--check', 'n.md', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ schema: 'meeting-guard/notice-check@1', valid: false, files: [{ path: 'n.md', valid: true }, { path: 'n.cy.md', valid: false }] });
    expect(report.files[1].errors[0]).toMatchObject({ field: 'dpo.email' });
  });

  it('exits 3 for a file that does not exist and 2 for a wrong call', async () => {
    const dir = await tempDir();
    const missing = await runCliProcess(['notice', '--check', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe('meeting-guard: nope.md: no such file\n');
    const both = await runCliProcess(['notice', '--check', 'a.md', '--render', 'b.md'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give exactly one of --check FILE, --render FILE or --schema');
    const format = await runCliProcess(['notice', '--render', 'a.md', '--format', 'pdf'], { cwd: dir });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('format: must be text, markdown, html, mailto or json');
  });
});

describe('meeting-guard notice --render', () => {
  it('prints text by default, in the file\'s own language', async () => {
    const run = await runCliProcess(['notice', '--render', join(NOTICES_DIR, 'harbourline-zoom.md')]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['Video conferencing privacy notice', '=================================', 'Harbourline Consulting Ltd · version 3.2 · last updated 2025-02-14 · reviewed 2025-09-01']);
    expect(run.stderr).toBe('');
  });

  it('prints HTML and Markdown in the language asked for', async () => {
    const html = await runCliProcess(['notice', '--render', 'glanafon-teams.md', '--format', 'html', '--lang', 'cy'], { cwd: NOTICES_DIR });
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<article class="mg-notice" lang="cy" /);
    expect(html.stdout).toContain('<h2 id="mg-notice-in-short-heading">Yn gryno</h2>');
    const markdown = await runCliProcess(['notice', '--render', 'glanafon-teams.cy.md', '--format', 'markdown', '--lang', 'en-GB'], { cwd: NOTICES_DIR });
    expect(markdown.stdout).toMatch(/^# Customer contact centre video conferencing privacy notice\n/);
  });

  it('falls back with a note on stderr when the language has no variant', async () => {
    const run = await runCliProcess(['notice', '--render', 'harbourline-zoom.md', '--lang', 'cy'], { cwd: NOTICES_DIR });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('In short');
    expect(run.stderr).toBe("Nid yw'r hysbysiad hwn ar gael yn yr iaith a ddewiswyd (Cymraeg), felly fe'i dangosir mewn iaith arall (Saesneg Prydain).\n");
  });

  it('prints a bounded mailto: draft and the model as JSON', async () => {
    const mailto = await runCliProcess(['notice', '--render', 'glanafon-teams.md', '--format', 'mailto'], { cwd: NOTICES_DIR });
    const url = mailto.stdout.trim();
    expect(url.startsWith('mailto:?subject=Customer%20contact%20centre')).toBe(true);
    expect(url.length).toBeLessThanOrEqual(2000);
    const json = await runCliProcess(['notice', '--render', 'glanafon-teams.md', '--format', 'json'], { cwd: NOTICES_DIR });
    const model = JSON.parse(json.stdout);
    expect(model).toMatchObject({ schema: 'meeting-guard/notice@2', language: 'en-GB', available: ['en-GB', 'cy'] });
    expect(model.notice.facts.recording.policy).toBe('disabled');
    // An @1 file keeps the JSON shape scripts were written against: its own fields, its defaults filled in.
    const v1 = JSON.parse((await runCliProcess(['notice', '--render', 'harbourline-zoom.md', '--format', 'json'], { cwd: join(FIXTURES_DIR, 'v1') })).stdout);
    expect(v1.schema).toBe('meeting-guard/notice@1');
    expect(v1.notice.facts.devices).toEqual({ allowed: ['work-laptop', 'work-phone'], personalDevices: 'forbidden' });
    expect(v1.notice.facts.recording.ifNeeded).toEqual({ announcedBy: ['audio', 'video'], participantsMayLeave: true });
    expect(v1.notice.facts.audiences).toBeUndefined();
  });

  it('exits 1 with located errors when no variant is valid', async () => {
    const dir = await tempDir();
    await copyFile(join(FIXTURES_DIR, 'tab-indented.md'), join(dir, 'notice.md'));
    const run = await runCliProcess(['notice', '--render', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('notice.md:8:1: front matter: YAML: Tabs are not allowed as indentation');
  });
});
