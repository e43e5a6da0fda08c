import type { Locale } from '../views.js';

/**
 * Welsh names of the signals the device probes read (their English names are the probes' own, e.g.
 * electron/core/device/linux/realm-list.ts). A name not listed stays as the probe wrote it; the screen marks the
 * evidence's technical detail as English in any case.
 */
const welsh: Record<string, string> = {
  'Active Directory / FreeIPA join (realmd)': 'Ymuno ag Active Directory / FreeIPA (realmd)',
  'Microsoft Intune for Linux': 'Microsoft Intune ar gyfer Linux',
  'Directory sign-in (sssd)': 'Mewngofnodi drwy gyfeiriadur (sssd)',
  'Ubuntu Pro attachment': 'Cysylltiad Ubuntu Pro',
  'Canonical Landscape registration': 'Cofrestriad Canonical Landscape',
  'MDM enrolment (registry)': 'Cofrestriad MDM (cofrestrfa)',
  'Microsoft Entra / Active Directory join': 'Ymuno â Microsoft Entra / Active Directory',
  'Active Directory domain membership (WMI)': 'Aelodaeth o barth Active Directory (WMI)',
  'MDM enrolment (profiles)': 'Cofrestriad MDM (proffiliau)',
  'Jamf agent': 'Asiant Jamf',
  'notice file': 'ffeil yr hysbysiad',
  'Meeting apps running': 'Apiau cyfarfod yn rhedeg',
  'Microphone in use': 'Meicroffon yn cael ei ddefnyddio',
  'Camera in use': 'Camera yn cael ei defnyddio',
  'Screen being captured': 'Y sgrin yn cael ei chipio',
  'Call declared by the app': 'Galwad a gyhoeddwyd gan yr ap',
  "Teams' own call log": 'Log galwadau Teams ei hun',
  'Join link opened': 'Dolen ymuno wedi’i hagor',
};

export function signalName(signal: string, locale: Locale): string {
  return locale === 'cy' ? (welsh[signal] ?? signal) : signal;
}
