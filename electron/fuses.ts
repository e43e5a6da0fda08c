import { FuseV1Options, FuseVersion, flipFuses, type FuseConfig } from '@electron/fuses';

/**
 * Every Electron fuse, stated. `strictlyRequireAllFuses` makes the type require a value for each fuse, so an Electron
 * upgrade that adds one fails the build until someone decides it.
 */
export const fuses = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The binary must not double as a general Node.js runtime (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone run code inside the signed app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Screens are served from app://, so file:// pages need no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} satisfies FuseConfig;

/** For the packaging step (electron-builder afterPack): flips the fuses in the packaged Electron binary. */
export async function applyFuses(electronBinary: string): Promise<void> {
  await flipFuses(electronBinary, fuses);
}
