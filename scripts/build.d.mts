import type { BuildOptions, Plugin } from 'esbuild';

/** Builds the CLI bundle (dist/cli). */
export function buildCli(): Promise<void>;
/** The shell's bundles: [source, output file name under dist/]. */
export const shellEntries: readonly (readonly [string, string])[];
/** The product's own data as checked at build: each piece's JSON text, by name (products, catalogue). */
export function checkedAtBuild(): Promise<Record<string, string>>;
/** The esbuild plugins of a bundle carrying `checkedAtBuild()`'s data instead of checking it at run time. */
export function carriedDataPlugins(carried: Record<string, string>): Plugin[];
/** esbuild options for one shell bundle, as `npm run build` uses them when given `checkedAtBuild()`'s data. */
export function shellBuildOptions(entry: string, outfile: string, define?: Record<string, string>, carried?: Record<string, string>): BuildOptions;
/** Copies the tray icons (build/icons/*.png) into `outDir`, which is emptied first: dist/icons in a build. */
export function copyTrayIcons(outDir: string): void;
