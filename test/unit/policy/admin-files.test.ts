import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'plist';
import { settingKeys } from '../../../electron/core/policy/policy-schema.js';
import { IT_FILLS_IN_URL, settingDocsUrl } from '../../../electron/core/policy/templates/docs-links.js';
import { policyTemplates } from '../../../electron/core/policy/templates/generate.js';
import { MOBILECONFIG_MARKERS } from '../../../electron/core/policy/templates/mobileconfig.js';
import { fleetFiles } from '../../../electron/core/report/fleet-files.js';

const templates = policyTemplates();
const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('admin files IT imports as they are', () => {
  it('Jamf: every setting in schema order, each linked to its row of the settings reference', () => {
    const schema = JSON.parse(templates['macos/org.meetingguard.app.jamf-schema.json'] ?? '') as { links: { href: string }[]; properties: Record<string, { property_order: number; links: { rel: string; href: string }[] }> };
    const orders = settingKeys.map((key) => schema.properties[key]?.property_order);
    expect(orders).toEqual([...orders].sort((a = 0, b = 0) => a - b));
    expect(new Set(orders).size).toBe(settingKeys.length);
    expect(schema.links).toEqual([{ rel: 'Settings reference', href: settingDocsUrl() }]);
    const reference = templates['SETTINGS.md'] ?? '';
    for (const key of settingKeys) {
      const href = schema.properties[key]?.links[0]?.href ?? '';
      expect(href).toBe(settingDocsUrl(key));
      expect(reference).toContain(`<a id="${href.split('#')[1]}"></a>\`${key}\``);
    }
  });

  it('the Linux example names Linux paths and Linux programs only', () => {
    const text = templates['linux/meeting-guard.json'] ?? '';
    expect(text).not.toMatch(/\/Library\/|\/Applications\/|[A-Z]:\\\\|\.exe"/);
    const example = JSON.parse(text) as { noticeFiles: Record<string, string>; extraRecorders: string[] };
    for (const path of Object.values(example.noticeFiles)) expect(path).toMatch(/^\/etc\/meeting-guard\//);
    // The macOS profile keeps macOS's own.
    expect(templates['macos/org.meetingguard.app.mobileconfig']).toContain('/Library/Application Support/MeetingGuard/notice.en.md');
  });

  it('the example profile cannot be deployed unedited: organisation and both UUIDs are marked for IT', () => {
    const profile = parse(templates['macos/org.meetingguard.app.mobileconfig'] ?? '') as { PayloadOrganization: string; PayloadUUID: string; PayloadDescription: string; PayloadContent: { PayloadUUID: string }[] };
    expect(profile.PayloadOrganization).toBe(MOBILECONFIG_MARKERS.organisation);
    expect([profile.PayloadUUID, profile.PayloadContent[0]?.PayloadUUID].every((u) => u?.startsWith(MOBILECONFIG_MARKERS.uuid))).toBe(true);
    // Not a UUID, so an MDM refuses the profile until IT gives it real ones.
    expect(profile.PayloadUUID).not.toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i);
    expect(profile.PayloadDescription).toMatch(/^EXAMPLE VALUES/);
  });

  it('Intune: MoreInfoUrl is left for IT with a marker that never resolves (.invalid, RFC 2606), and the docs say so', () => {
    const rules = JSON.parse(fleetFiles()['build/fleet/intune-compliance-rules.json'] ?? '') as { Rules: { MoreInfoUrl: string }[] };
    expect(new Set(rules.Rules.map((r) => r.MoreInfoUrl))).toEqual(new Set([IT_FILLS_IN_URL]));
    expect(new URL(IT_FILLS_IN_URL).hostname.endsWith('.invalid')).toBe(true);
    expect(readFileSync(`${repo}docs/deploy.md`, 'utf8')).toContain(IT_FILLS_IN_URL);
  });
});
