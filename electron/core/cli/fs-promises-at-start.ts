import { lstat as lstatCb, readdir as readdirCb, readFile as readFileCb, stat as statCb, constants as fsConstants } from 'node:fs';
import { promisify } from 'node:util';
import type * as fsp from 'node:fs/promises';

/**
 * What the CLI's bundles get for `node:fs/promises` (scripts/build.mjs, `fsPromisesAtStart`). Node's own module
 * loads about ten more (directory handles, watchers, readline, string decoding) on its first import, which was 2 ms
 * of CPU at every command's start. The four calls a command makes to look around (readFile, stat, lstat, readdir) are
 * Node's callback functions made promises: the same work on the same thread pool, the same results and the same
 * errors (code, message, path). Everything else, which only commands that change files use, is Node's module itself,
 * loaded at its first call.
 */
export const readFile = promisify(readFileCb) as typeof fsp.readFile;
export const stat = promisify(statCb) as typeof fsp.stat;
export const lstat = promisify(lstatCb) as typeof fsp.lstat;
export const readdir = promisify(readdirCb) as typeof fsp.readdir;
export const constants = fsConstants;

const node = (): typeof fsp => process.getBuiltinModule('node:fs/promises');
export const open: typeof fsp.open = (...args) => node().open(...args);
export const mkdir: typeof fsp.mkdir = ((...args: Parameters<typeof fsp.mkdir>) => node().mkdir(...args)) as typeof fsp.mkdir;
export const rename: typeof fsp.rename = (...args) => node().rename(...args);
export const writeFile: typeof fsp.writeFile = (...args) => node().writeFile(...args);
export const rm: typeof fsp.rm = (...args) => node().rm(...args);
export const unlink: typeof fsp.unlink = (...args) => node().unlink(...args);
export const readlink: typeof fsp.readlink = ((...args: Parameters<typeof fsp.readlink>) => node().readlink(...args)) as typeof fsp.readlink;
export const cp: typeof fsp.cp = (...args) => node().cp(...args);
export const copyFile: typeof fsp.copyFile = (...args) => node().copyFile(...args);
