import { settingKeys } from './policy-schema.js';
import type { PolicyProblem, Resolution } from './resolve.js';

const SOURCE_WORDS = {
  default: 'default',
  'user-preference': 'your preference',
  'user-policy': 'set by your organisation (user policy)',
  'machine-policy': 'set by your organisation',
} as const;

/** The JSON `meeting-guard policy --json` prints: part of the CLI's interface. */
export function policyJson(os: string, resolution: Resolution) {
  return { schema: 'meeting-guard/policy@1' as const, os, settings: resolution.settings, problems: resolution.problems };
}

export function policyText(resolution: Resolution): string {
  const width = Math.max(...settingKeys.map((k) => k.length));
  const lines = ['Meeting Guard settings (locked = set by your organisation):', ''];
  for (const key of settingKeys) {
    const setting = resolution.settings[key];
    const lock = setting.locked ? 'locked' : '      ';
    const from = setting.origin && setting.source !== 'default' ? ` (${setting.origin})` : '';
    lines.push(`  ${key.padEnd(width)}  ${lock}  ${shortValue(setting.value)}  [${SOURCE_WORDS[setting.source]}${from}]`);
  }
  lines.push('', ...problemLines(resolution.problems));
  return `${lines.join('\n')}\n`;
}

export function problemLines(problems: readonly PolicyProblem[]): string[] {
  if (problems.length === 0) return ['No problems found.'];
  return [
    `${problems.length} problem${problems.length === 1 ? '' : 's'} (these values are ignored; the next layer's value applies):`,
    ...problems.map((p) => `  ${p.origin}: ${p.setting ? `${p.setting}: ` : ''}${p.message}`),
  ];
}

export function shortValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
