import { extname } from 'node:path';
import { decodePolicyJson } from './decode/json-decode.js';
import { decodePlist, mobileconfigSettings, plistSettings } from './decode/plist-decode.js';
import { parseRegFile } from './decode/reg-file.js';
import { reportKeyProblems } from './decode/key-problems.js';
import { decodeText, readText } from '../input/read-text.js';
import { INPUT_LIMITS } from '../input/limits.js';
import { normaliseKeyPath, registryLayer } from './decode/registry-decode.js';
import { entriesOf, mergePieces } from './merge.js';
import { POLICY_REGISTRY_PATH } from './policy-schema.js';
import { resolve, type PolicyProblem, type RawLayers } from './resolve.js';

export type PolicyFileFormat = 'linux-json' | 'plist' | 'mobileconfig' | 'reg';

export const FORMAT_NAMES: Record<PolicyFileFormat, string> = {
  'linux-json': 'Linux policy JSON',
  plist: 'macOS managed-preferences plist',
  mobileconfig: 'macOS configuration profile',
  reg: 'Windows registry export (.reg)',
};

export interface FileCheck {
  format: PolicyFileFormat;
  /** The valid settings each layer of the file would set. */
  layers: { machine: Record<string, unknown>; user: Record<string, unknown> };
  problems: PolicyProblem[];
}

/** Picks the format from the extension, then the content, so a renamed file is still read the right way. */
export function detectFormat(name: string, bytes: Uint8Array): PolicyFileFormat | undefined {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') return 'linux-json';
  if (ext === '.mobileconfig') return 'mobileconfig';
  if (ext === '.plist') return 'plist';
  if (ext === '.reg') return 'reg';
  const head = decodeText(bytes.subarray(0, 200)).text.trimStart();
  if (head.startsWith('{')) return 'linux-json';
  if (/^(Windows Registry Editor|REGEDIT4)/.test(head)) return 'reg';
  if (head.startsWith('<') || head.startsWith('bplist')) return head.includes('PayloadContent') ? 'mobileconfig' : 'plist';
  return undefined;
}

/** Validates a policy file exactly as the app would read it, and says what it would set. */
export function checkPolicyFile(file: string, bytes: Uint8Array, format: PolicyFileFormat): FileCheck {
  const problems: PolicyProblem[] = [];
  const layers = readLayers(file, bytes, format, problems);
  const resolution = resolve(layers, problems);
  const pick = (layer: 'machine-policy' | 'user-policy') =>
    Object.fromEntries(Object.entries(resolution.settings).filter(([, s]) => s.source === layer).map(([k, s]) => [k, s.value]));
  return { format, layers: { machine: pick('machine-policy'), user: pick('user-policy') }, problems: resolution.problems };
}

function readLayers(file: string, bytes: Uint8Array, format: PolicyFileFormat, problems: PolicyProblem[]): RawLayers {
  const fail = (message: string, layer: 'machine-policy' | 'user-policy' = 'machine-policy') => {
    problems.push({ layer, origin: file, message });
    return {};
  };
  switch (format) {
    case 'linux-json': {
      const decoded = decodePolicyJson(bytes);
      if (!decoded.ok) return fail(decoded.message);
      reportKeyProblems(decoded.keyProblems, 'machine-policy', file, problems);
      return { 'machine-policy': entriesOf(decoded.value, file) };
    }
    case 'plist': {
      const decoded = decodePlist(bytes);
      const settings = decoded.ok ? plistSettings(decoded.value) : decoded;
      if (!settings.ok) return fail(settings.message);
      if (decoded.ok) reportKeyProblems(decoded.keyProblems, 'machine-policy', file, problems);
      return { 'machine-policy': entriesOf(settings.value, file) };
    }
    case 'mobileconfig': {
      const decoded = decodePlist(bytes);
      const payloads = decoded.ok ? mobileconfigSettings(decoded.value) : decoded;
      if (!payloads.ok) return fail(payloads.message);
      const scope = decoded.ok && typeof decoded.value === 'object' && decoded.value !== null && 'PayloadScope' in decoded.value ? decoded.value.PayloadScope : 'System';
      const layer = scope === 'User' ? 'user-policy' : 'machine-policy';
      if (decoded.ok) reportKeyProblems(decoded.keyProblems, layer, file, problems);
      return { [layer]: mergePieces(layer, payloads.value.map((p) => entriesOf(p, file)), problems) };
    }
    case 'reg':
      return readRegFile(file, bytes, problems);
  }
}

function readRegFile(file: string, bytes: Uint8Array, problems: PolicyProblem[]): RawLayers {
  // regedit exports UTF-16 LE with a byte-order mark; REGEDIT4 files are ANSI (read as UTF-8, ASCII in practice).
  const read = readText(bytes, { what: 'the .reg file', maxBytes: INPUT_LIMITS.policyFile });
  if (!read.ok) {
    problems.push({ layer: 'machine-policy', origin: file, message: read.message });
    return {};
  }
  const parsed = parseRegFile(read.text);
  for (const p of parsed.problems) problems.push({ layer: 'machine-policy', origin: `${file}:${p.line}`, message: p.message });
  const ours = `\\${POLICY_REGISTRY_PATH}`.toLowerCase();
  for (const key of parsed.keys) {
    const path = normaliseKeyPath(key.path);
    const inside = path.endsWith(ours) || path.includes(`${ours}\\`);
    const hiveOk = path.startsWith('hkey_local_machine\\') || path.startsWith('hkey_current_user\\');
    if (!inside || !hiveOk) {
      const hint = /\\policies\\meetingguard\\/i.test(key.path) ? ` (the vendor key is MeetingGuardProject: ${POLICY_REGISTRY_PATH})` : '';
      problems.push({ layer: 'machine-policy', origin: `${file} [${key.path}]`, message: `not read by Meeting Guard: settings belong under HKLM or HKCU\\${POLICY_REGISTRY_PATH}${hint}` });
    }
  }
  return {
    'machine-policy': mergePieces('machine-policy', [registryLayer(parsed.keys, 'HKLM', problems)], problems),
    'user-policy': mergePieces('user-policy', [registryLayer(parsed.keys, 'HKCU', problems)], problems),
  };
}
