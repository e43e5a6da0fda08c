import type { HostEnvironment } from '../../platform/platform.js';
import { describeFailure } from '../../ports/command-runner.js';
import { parseRegQuery } from '../../registry/reg-query.js';
import { policyKeyPath, registryLayer, type Hive } from '../decode/registry-decode.js';
import { mergePieces } from '../merge.js';
import { readText } from '../../input/read-text.js';
import { INPUT_LIMITS } from '../../input/limits.js';
import type { PolicyProblem, RawLayer } from '../resolve.js';
import type { PolicyReadout, PolicySource } from '../policy-source.js';

const REG_TIMEOUT_MS = 5_000;

/**
 * Group Policy / Intune ADMX policy under HKLM and HKCU\SOFTWARE\Policies\MeetingGuardProject\MeetingGuard, read with
 * `reg query <key> /s` (no native module needed). The registry cannot be watched from Node, so it is polled.
 */
export function windowsPolicySource(host: HostEnvironment): PolicySource {
  return {
    watchPaths: () => [],
    async read(): Promise<PolicyReadout> {
      const problems: PolicyProblem[] = [];
      const machine = await readHive(host, 'HKLM', problems);
      const user = await readHive(host, 'HKCU', problems);
      return { machine, user, problems };
    },
  };
}

async function readHive(host: HostEnvironment, hive: Hive, problems: PolicyProblem[]): Promise<RawLayer> {
  const layer = hive === 'HKLM' ? 'machine-policy' : 'user-policy';
  const key = policyKeyPath(hive);
  const result = await host.run('reg', ['query', key, '/s'], { timeoutMs: REG_TIMEOUT_MS });
  if (result.kind !== 'ok') {
    // reg.exe exits 1 with "unable to find the specified registry key" when IT configured nothing: not a problem.
    if (result.kind === 'exit' && result.code === 1 && /unable to find/i.test(result.stderr + result.stdout)) return {};
    problems.push({ layer, origin: key, message: `could not read the registry: ${describeFailure(result, 'reg query')}` });
    return {};
  }
  const read = readText(result.stdout, { what: 'the reg query output', maxBytes: INPUT_LIMITS.commandOutput });
  if (!read.ok) {
    problems.push({ layer, origin: key, message: `could not read the registry: ${read.message}` });
    return {};
  }
  const parsed = parseRegQuery(read.text);
  for (const bad of parsed.problems) {
    problems.push({ layer, origin: key, message: `reg query output line ${bad.line} ignored: ${bad.reason}` });
  }
  return mergePieces(layer, [registryLayer(parsed.keys, hive, problems)], problems);
}
