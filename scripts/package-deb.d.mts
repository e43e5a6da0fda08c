export interface DebPackageInfo {
  name: string;
  version: string;
  description: string;
  productName: string;
  executable: string;
  maintainer: string;
  synopsis: string;
  section: string;
  priority: string;
  afterInstall: string;
  afterRemove: string;
  license: string;
  copyright: string;
  changelog: string;
}
export function debCopyright(info: DebPackageInfo): string;
export function checkChangelog(text: string, version: string): string;
export function fillTemplate(text: string, vars: Record<string, string>): string;
export function packageInfo(projectDir?: string): Promise<DebPackageInfo>;
export function debControl(info: DebPackageInfo, arch?: string, installedSizeKb?: number): string;
export function buildDeb(unpackedDir: string, outDir: string, options?: { projectDir?: string; arch?: string; compression?: 'xz' | 'gzip' | 'zstd' | 'none' }): Promise<string>;
