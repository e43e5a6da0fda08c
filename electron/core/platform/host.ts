import { homedir } from 'node:os';
import { runCommand } from '../ports/command-runner.js';
import { streamCommand } from '../ports/command-stream.js';
import type { HostEnvironment, OsName } from './platform.js';

export function osFromNodePlatform(platform: NodeJS.Platform): OsName {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  // The BSDs and others are closest to Linux in what they offer (/etc files, command-line tools).
  return 'linux';
}

export function defaultHost(): HostEnvironment {
  const root = process.platform === 'win32' ? `${process.env.SystemDrive ?? 'C:'}\\` : '/';
  return { run: runCommand, stream: streamCommand, root, home: homedir(), env: process.env };
}
