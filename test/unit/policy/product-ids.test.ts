import { describe, expect, it } from 'vitest';
import { policySchema, settingKeys } from '../../../electron/core/policy/policy-schema.js';
import type { SettingDefinition } from '../../../electron/core/policy/setting-kinds.js';
import { policyTemplates } from '../../../electron/core/policy/templates/generate.js';
import { productIdEntries } from '../../../electron/core/policy/templates/product-ids.js';
import { allProducts, aliasId, displayName, findProduct } from '../../../electron/core/products/index.js';
import { clientIds, findClient } from '../../../electron/core/cleanup/catalogue/catalogue.js';

/**
 * The templates' product lists are the product definitions: every id and former id appears, nothing else names
 * products by hand. (That the committed build/policy files equal what is generated is templates.test.ts.)
 */
const templates = policyTemplates();
const named = settingKeys.filter((key) => (policySchema[key] as SettingDefinition).names);
const jamf = JSON.parse(templates['macos/org.meetingguard.app.jamf-schema.json'] ?? '') as {
  properties: Record<string, { description: string; anyOf: [unknown, { items?: { enum?: string[] } }] }>;
};

describe('product ids in the policy templates', () => {
  it('the three settings that name products are marked so', () => {
    expect(named).toEqual(['ignoredMeetingClients', 'ignoredRecorders', 'cleanupClients']);
  });

  it('every meeting client, browser and recorder id, and every former id, is listed in the ADML (en, cy), Jamf and SETTINGS.md', () => {
    const recorders = allProducts().filter((p) => p.role === 'recorder');
    const clients = allProducts().filter((p) => p.role !== 'recorder');
    expect(recorders.length).toBeGreaterThanOrEqual(120);
    const cases = [
      ['ignoredRecorders', recorders],
      ['ignoredMeetingClients', clients],
    ] as const;
    for (const [key, products] of cases) {
      const adml = {
        en: new RegExp(`<string id="${key}_Explain">([^<]*)`).exec(templates['windows/en-US/meeting-guard.adml'] ?? '')?.[1] ?? '',
        cy: new RegExp(`<string id="${key}_Explain">([^<]*)`).exec(templates['windows/cy-GB/meeting-guard.adml'] ?? '')?.[1] ?? '',
      };
      for (const p of products) {
        for (const id of [p.id, ...p.aliases.map(aliasId)]) {
          expect(adml.en, `${key} ${id}`).toContain(`${id}`);
          expect(jamf.properties[key]?.description, `${key} ${id}`).toContain(id);
          expect(templates['SETTINGS.md'], `${key} ${id}`).toContain(`| \`${id}\` |`);
        }
        expect(adml.en).toContain(`${p.id} (${displayName(p, 'en-GB').replace(/&/g, '&amp;')})`);
        expect(adml.cy).toContain(`${p.id} (${displayName(p, 'cy').replace(/&/g, '&amp;')})`);
      }
    }
  });

  it('Jamf offers cleanupClients as a choice of exactly the ids cleanup accepts, former ids included', () => {
    const offered = jamf.properties.cleanupClients?.anyOf[1].items?.enum ?? [];
    for (const id of offered) expect(findClient(id), id).toBeDefined();
    for (const id of clientIds) expect(offered).toContain(id);
    for (const id of ['teams-classic', 'browser-chrome', 'browser-other']) expect(offered).toContain(id);
    // Nothing outside the definitions: the list is the catalogue's, not a hand-kept one.
    expect(offered).toEqual(productIdEntries('cleanup-clients').map((e) => e.id));
  });

  it('no setting writes product ids by hand, and every example names a real product', () => {
    for (const key of named) {
      const d = policySchema[key] as SettingDefinition<string[]>;
      expect(`${d.description.en} ${d.description.cy}`, key).not.toMatch(/\b(zoom|teams|webex|slack), /);
      for (const value of d.example) {
        if (d.names === 'cleanup-clients') expect(findClient(value), value).toBeDefined();
        else {
          const role = d.names === 'recorders' ? 'recorder' : undefined;
          const byId = findProduct(value);
          const byProcess = allProducts().find((p) => Object.values(p.processes).some((names) => names?.some((n) => n.toLowerCase() === value.toLowerCase())));
          const product = byId ?? byProcess;
          expect(product, `${key} example ${value}`).toBeDefined();
          if (role) expect(product?.role).toBe(role);
          else expect(product?.role).not.toBe('recorder');
        }
      }
    }
  });
});
