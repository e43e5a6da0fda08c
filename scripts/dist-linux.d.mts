export function checkElectronDist(dir: string): void;
export function packLinux(options: { projectDir?: string; electronDist: string; outDir?: string; config?: Record<string, unknown> }): Promise<string>;
export function distDeb(options: { projectDir?: string; electronDist: string; outDir?: string; compression?: 'xz' | 'gzip' | 'zstd' | 'none'; config?: Record<string, unknown> }): Promise<{ unpacked: string; deb: string }>;
export function parseDistArgs(argv: readonly string[]): { electronDist: string | undefined };
