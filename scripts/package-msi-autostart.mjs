// electron-builder msiProjectCreated hook: adds one component to the generated WiX project that writes the
// all-users Run value, so Meeting Guard starts at every user's login. Windows Installer owns the value and removes
// it on uninstall; GPO or Intune can delete or override it (see docs/deploy.md, "Autostart").
import { readFile, writeFile } from 'node:fs/promises';

// Fixed so that upgrades keep the same component; never change it.
const COMPONENT_GUID = '02AD177B-474E-469C-B5F1-CC018042731D';
export const RUN_KEY = 'Software\\Microsoft\\Windows\\CurrentVersion\\Run';
export const RUN_VALUE_NAME = 'Meeting Guard';

export function autostartComponent(executableFile) {
  // [APPLICATIONFOLDER] is the install folder property in electron-builder's MSI template.
  const command = `&quot;[APPLICATIONFOLDER]${executableFile}&quot; --autostart`;
  return [
    `<Component Id="meetingGuardAutostart" Guid="${COMPONENT_GUID}">`,
    `  <RegistryValue Root="HKLM" Key="${RUN_KEY}" Name="${RUN_VALUE_NAME}" Type="string" Value="${command}" KeyPath="yes"/>`,
    '</Component>',
  ].join('\n');
}

/** Inserts the component into the ProductComponents group; a project that already has it is returned unchanged. */
export function addAutostart(wxs, executableFile = 'Meeting Guard.exe') {
  if (wxs.includes('Id="meetingGuardAutostart"')) return wxs;
  const group = wxs.indexOf('<ComponentGroup Id="ProductComponents"');
  const end = group === -1 ? -1 : wxs.indexOf('</ComponentGroup>', group);
  if (end === -1) throw new Error('WiX project has no <ComponentGroup Id="ProductComponents">: electron-builder\'s MSI template changed; update scripts/package-msi-autostart.mjs');
  return `${wxs.slice(0, end)}${autostartComponent(executableFile)}\n${wxs.slice(end)}`;
}

export async function msiProjectCreated(projectFile) {
  await writeFile(projectFile, addAutostart(await readFile(projectFile, 'utf8')));
}
