import type { BuildOptions } from 'esbuild';

/** Builds the CLI bundle (dist/cli). */
export function buildCli(): Promise<void>;
/** The shell's bundles: [source, output file name under dist/]. */
export const shellEntries: readonly (readonly [string, string])[];
/** esbuild options for one shell bundle, as `npm run build` uses them. */
export function shellBuildOptions(entry: string, outfile: string, define?: Record<string, string>): BuildOptions;
/** Copies the tray icons (build/icons/*.png) into `outDir`, which is emptied first: dist/icons in a build. */
export function copyTrayIcons(outDir: string): void;
