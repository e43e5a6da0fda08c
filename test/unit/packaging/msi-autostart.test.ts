import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { addAutostart, msiProjectCreated, RUN_KEY } from '../../../scripts/package-msi-autostart.mjs';
import { fixture } from '../../support/fixtures.js';
import { tempDir } from '../../support/temp.js';

interface Attrs { [k: string]: string }
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'Component' });

function components(wxs: string): Array<Attrs & { RegistryValue?: Attrs }> {
  const doc = parser.parse(wxs) as { Wix: { Product: { ComponentGroup: { Id: string; Component: Array<Attrs & { RegistryValue?: Attrs }> } } } };
  expect(doc.Wix.Product.ComponentGroup.Id).toBe('ProductComponents');
  return doc.Wix.Product.ComponentGroup.Component;
}

describe('MSI autostart (msiProjectCreated hook)', () => {
  it('adds one all-users Run value for the installed executable, owned by Windows Installer', async () => {
    const dir = await tempDir();
    const project = join(dir, 'project.wxs');
    await writeFile(project, fixture('packaging/msi-project.wxs'));
    await msiProjectCreated(project);
    const wxs = await readFile(project, 'utf8');
    expect(XMLValidator.validate(wxs)).toBe(true);
    const all = components(wxs);
    expect(all).toHaveLength(3);
    const run = all.find((c) => c.RegistryValue)!;
    expect(run.Guid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(run.RegistryValue).toEqual({
      Root: 'HKLM',
      Key: RUN_KEY,
      Name: 'Meeting Guard',
      Type: 'string',
      // &quot; entities decode to quotes: the path has a space.
      Value: '"[APPLICATIONFOLDER]Meeting Guard.exe" --autostart',
      KeyPath: 'yes',
    });
  });

  it('is idempotent: running the hook twice adds the component once', () => {
    const once = addAutostart(fixture('packaging/msi-project.wxs'));
    expect(addAutostart(once)).toBe(once);
    expect(components(once).filter((c) => c.RegistryValue)).toHaveLength(1);
  });

  it('fails with a clear message when the template no longer has the component group', () => {
    expect(() => addAutostart('<Wix><Product/></Wix>')).toThrow(/ProductComponents.*template changed/);
  });
});
