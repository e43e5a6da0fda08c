import { describeFailure, type CommandResult } from '../../ports/command-runner.js';
import type { HostEnvironment } from '../../platform/platform.js';
import { decide, unavailable, type Finding } from '../decide.js';
import type { DeviceManagementProbe } from '../types.js';
import { readOutput } from '../read-output.js';
import { DSREG_SOURCE, judgeDsregcmd } from './dsregcmd.js';
import { ENROLLMENTS_KEY, judgeEnrollments, judgeRegEnrollments, unavailableFinding } from './reg-enrollments.js';
import { judgePartOfDomain, PART_OF_DOMAIN_ARGS, PART_OF_DOMAIN_SOURCE } from './part-of-domain.js';

// reg.exe's "key not found" message, in the display languages most seen in our deployments.
const KEY_NOT_FOUND = /unable to find|nicht gefunden|introuvable|no se encontr|non è stato|niet vinden/i;

export function windowsDeviceProbe(host: HostEnvironment): DeviceManagementProbe {
  return {
    async check() {
      const [dsreg, reg, wmi] = await Promise.all([
        host.run('dsregcmd', ['/status'], { timeoutMs: 10_000, env: host.env }),
        host.run('reg', ['query', ENROLLMENTS_KEY, '/s'], { timeoutMs: 5_000, env: host.env }),
        host.run('powershell', [...PART_OF_DOMAIN_ARGS], { timeoutMs: 15_000, env: host.env }),
      ]);
      return decide('windows', [fromDsreg(dsreg), fromReg(reg), fromWmi(wmi)]);
    },
  };
}

function fromDsreg(result: CommandResult): Finding {
  if (result.kind === 'ok') return readOutput(result.stdout, 'the dsregcmd output', judgeDsregcmd, DSREG_SOURCE);
  return unavailable('Microsoft Entra / Active Directory join', DSREG_SOURCE, describeFailure(result, 'dsregcmd'));
}

function fromReg(result: CommandResult): Finding {
  if (result.kind === 'ok') return readOutput(result.stdout, 'the reg query output', judgeRegEnrollments, ENROLLMENTS_KEY);
  // A missing Enrollments key is the normal state of a device that never enrolled.
  if (result.kind === 'exit' && result.code === 1 && KEY_NOT_FOUND.test(result.stderr)) return judgeEnrollments([]);
  return unavailableFinding(describeFailure(result, 'the registry query for MDM enrolments'));
}

function fromWmi(result: CommandResult): Finding {
  if (result.kind === 'ok') return readOutput(result.stdout, 'the PowerShell answer', judgePartOfDomain, PART_OF_DOMAIN_SOURCE);
  return unavailable('Active Directory domain membership (WMI)', PART_OF_DOMAIN_SOURCE, describeFailure(result, 'PowerShell'));
}
