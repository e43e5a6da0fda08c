import type { Finding } from '../decide.js';

/**
 * Microsoft Intune for Linux: the intune-portal package installs under /opt/microsoft/intune, and a user's
 * enrolment leaves ~/.config/intune/registration.toml (written by the Company Portal after a successful
 * registration). Installed without that file means nobody enrolled this account.
 */
export const INTUNE_PORTAL = '/opt/microsoft/intune/bin/intune-portal';
export const INTUNE_REGISTRATION = '~/.config/intune/registration.toml';
const SIGNAL = 'Microsoft Intune for Linux';

export function judgeIntuneLinux(installed: boolean, registration: 'present' | 'missing' | 'unreadable'): Finding {
  const source = `${INTUNE_PORTAL}, ${INTUNE_REGISTRATION}`;
  if (registration === 'present') {
    return {
      evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'positive', detail: `registration found${installed ? '' : ' (the portal itself was not found)'}` },
      phrase: 'enrolled in Intune',
      managedBy: 'Intune',
    };
  }
  if (registration === 'unreadable') {
    return { evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'unavailable', detail: 'the Intune registration file exists but could not be read' } };
  }
  return {
    evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'negative', detail: installed ? 'Intune portal installed, no registration for this user' : 'Intune for Linux is not installed' },
    ...(installed ? { note: 'The Intune Company Portal is installed but this account has not enrolled the laptop.' } : {}),
  };
}
