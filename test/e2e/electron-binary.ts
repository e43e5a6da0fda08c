import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary the `electron` package downloaded, or undefined where it could not be (CI without network).
 * Reads the package's own path.txt instead of `require('electron')`: recent releases try to download a missing
 * binary on require, and a test must never open a network connection.
 */
export function electronBinary(): string | undefined {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = join(packageDir, 'dist', relative);
    return relative && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
