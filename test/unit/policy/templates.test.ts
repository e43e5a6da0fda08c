import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Ajv } from 'ajv';
import { parse } from 'plist';
import { policyTemplates } from '../../../electron/core/policy/templates/generate.js';
import { checkPolicyFile } from '../../../electron/core/policy/check-file.js';
import { settingKeys, policySchema } from '../../../electron/core/policy/policy-schema.js';

const buildDir = fileURLToPath(new URL('../../../build/policy/', import.meta.url));
const templates = policyTemplates();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });

describe('generated admin templates', () => {
  it.each(Object.keys(templates))('build/policy/%s matches what the schema produces (run npm run policy:generate)', async (rel) => {
    expect(await readFile(join(buildDir, rel), 'utf8')).toBe(templates[rel]);
  });

  it('ADMX and both ADMLs are well-formed XML in the Group Policy namespace', () => {
    for (const rel of ['windows/meeting-guard.admx', 'windows/en-US/meeting-guard.adml', 'windows/cy-GB/meeting-guard.adml']) {
      expect(XMLValidator.validate(templates[rel] ?? ''), rel).toBe(true);
      expect(templates[rel]).toContain('xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"');
    }
  });

  it('every string and presentation the ADMX references exists in each ADML, and every element has its control', () => {
    const admx = templates['windows/meeting-guard.admx'] ?? '';
    const stringRefs = new Set([...admx.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]));
    const presentationRefs = new Set([...admx.matchAll(/\$\(presentation\.([^)]+)\)/g)].map((m) => m[1]));
    const policies = parser.parse(admx).policyDefinitions[0].policies[0].policy as Record<string, unknown>[];
    expect(policies.map((p) => p.name)).toEqual(settingKeys);
    for (const language of ['en-US', 'cy-GB']) {
      const adml = parser.parse(templates[`windows/${language}/meeting-guard.adml`] ?? '').policyDefinitionResources[0].resources[0];
      const strings = new Map((adml.stringTable[0].string as { id: string; '#text': string }[]).map((s) => [s.id, s['#text']]));
      for (const id of stringRefs) expect(strings.get(id ?? ''), `${language} string ${id}`).toBeTruthy();
      const presentations = new Map((adml.presentationTable[0].presentation as Record<string, unknown>[]).map((p) => [p.id as string, p]));
      expect(new Set(presentations.keys())).toEqual(presentationRefs);
      for (const policy of policies) {
        const elements = (policy.elements as Record<string, { id: string }[]>[] | undefined)?.[0] ?? {};
        const ids = Object.values(elements).flat().map((e) => e.id);
        const presentation = presentations.get(policy.name as string) ?? {};
        const refIds = Object.entries(presentation).filter(([k]) => k !== 'id').flatMap(([, v]) => (v as { refId?: string }[]).map((c) => c.refId));
        expect(refIds.sort(), `${language} ${policy.name as string}`).toEqual(ids.sort());
      }
    }
  });

  it('the Welsh ADML is translated, not a copy of the English one', () => {
    expect(templates['windows/cy-GB/meeting-guard.adml']).toContain('Rhestr wirio’r trefnydd');
    expect(templates['windows/cy-GB/meeting-guard.adml']).not.toContain('Organiser’s checklist');
  });

  it('the Jamf manifest is a valid JSON Schema and accepts the example settings', () => {
    const schema = JSON.parse(templates['macos/org.meetingguard.app.jamf-schema.json'] ?? '');
    const ajv = new Ajv({ strict: false, allErrors: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    const validate = ajv.compile({ type: 'object', ...schema });
    const example = JSON.parse(templates['linux/meeting-guard.json'] ?? '');
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ cleanupMode: 'sometimes' })).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(settingKeys);
    expect(schema.properties.cleanupMode.description).toBe(policySchema.cleanupMode.description.en);
  });

  it('the example mobileconfig parses as a plist and passes policy --check with every setting set', () => {
    const text = templates['macos/org.meetingguard.app.mobileconfig'] ?? '';
    const profile = parse(text) as { PayloadType: string; PayloadContent: { PayloadType: string }[] };
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadContent[0]?.PayloadType).toBe('org.meetingguard.app');
    const checked = checkPolicyFile('example.mobileconfig', Buffer.from(text), 'mobileconfig');
    expect(checked.problems).toEqual([]);
    expect(Object.keys(checked.layers.machine).sort()).toEqual([...settingKeys].sort());
  });

  it('the Linux example passes policy --check with every setting set', () => {
    const checked = checkPolicyFile('meeting-guard.json', Buffer.from(templates['linux/meeting-guard.json'] ?? ''), 'linux-json');
    expect(checked.problems).toEqual([]);
    expect(Object.keys(checked.layers.machine).sort()).toEqual([...settingKeys].sort());
  });
});
