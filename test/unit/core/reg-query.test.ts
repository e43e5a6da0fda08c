import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../electron/core/registry/reg-query.js';

// reg.exe output: key at column 0, values indented four spaces, "name    TYPE    data".
const sample = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Example',
  '    (Default)    REG_SZ    ',
  '    Display Name    REG_SZ    Contoso  Ltd',
  '    Count    REG_DWORD    0x2a',
  '    Big    REG_QWORD    0x1db3c5a7e8f9000',
  '    Items    REG_MULTI_SZ    one\\0two words\\0three',
  '    Path    REG_EXPAND_SZ    %APPDATA%\\Zoom',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Example\\Sub',
  '    Empty    REG_MULTI_SZ    ',
  '',
  'End of search: 7 match(es) found.',
].join('\r\n');

describe('parseRegQuery', () => {
  it('reads every value type, names with spaces and data with double spaces', () => {
    const { keys, problems } = parseRegQuery(sample);
    expect(problems).toEqual([]);
    expect(keys.map((k) => k.path)).toEqual(['HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Example', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Example\\Sub']);
    expect(keys[0]?.values).toEqual([
      { type: 'REG_SZ', name: '', data: '' },
      { type: 'REG_SZ', name: 'Display Name', data: 'Contoso  Ltd' },
      { type: 'REG_DWORD', name: 'Count', data: 42 },
      { type: 'REG_QWORD', name: 'Big', data: 0x1db3c5a7e8f9000n },
      { type: 'REG_MULTI_SZ', name: 'Items', data: ['one', 'two words', 'three'] },
      { type: 'REG_EXPAND_SZ', name: 'Path', data: '%APPDATA%\\Zoom' },
    ]);
    expect(keys[1]?.values).toEqual([{ type: 'REG_MULTI_SZ', name: 'Empty', data: [] }]);
  });

  it('reports lines it cannot read with their numbers, keeping the rest', () => {
    const { keys, problems } = parseRegQuery('HKCU\\Software\\X\n    A    REG_DWORD    12\n    B    REG_SZ    ok\n    C    REG_WEIRD    1\nnonsense');
    expect(keys[0]?.values).toEqual([{ type: 'REG_SZ', name: 'B', data: 'ok' }]);
    expect(problems).toEqual([
      { line: 2, text: '    A    REG_DWORD    12', reason: 'REG_DWORD data "12" is not a hexadecimal number' },
      { line: 4, text: '    C    REG_WEIRD    1', reason: 'unknown registry type REG_WEIRD' },
      { line: 5, text: 'nonsense', reason: 'not a registry key or value line' },
    ]);
  });
});
