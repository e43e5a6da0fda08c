export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export function packagedBinary(context: PackContext): string;
export function afterPack(context: PackContext): Promise<void>;
