// electron-builder afterPack hook: flips the Electron fuses declared in electron/fuses.ts in the packaged binary,
// before signing (flipping after signing would break the signature). runAsNode stays off there, so the app binary
// answers CLI commands itself and cannot be used as a general Node.js runtime.
import { join } from 'node:path';
import { importTs } from './import-ts.mjs';

/** The Electron executable electron-builder left in appOutDir, renamed to our product. */
export function packagedBinary({ appOutDir, electronPlatformName, packager }) {
  const { productFilename } = packager.appInfo;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${productFilename}.app`, 'Contents', 'MacOS', productFilename);
    case 'win32':
      return join(appOutDir, `${packager.executableName ?? productFilename}.exe`);
    default:
      return join(appOutDir, packager.executableName ?? productFilename);
  }
}

export async function afterPack(context) {
  const { applyFuses } = await importTs('electron/fuses.ts');
  await applyFuses(packagedBinary(context));
}
