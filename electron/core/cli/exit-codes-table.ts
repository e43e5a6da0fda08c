import { commands } from './commands.js';
import { exitCodesOf } from './exit-codes.js';

/** The table in docs/deploy.md ("Exit codes per command"), made from each command's own list: a test compares them. */
export async function exitCodesTable(): Promise<string> {
  const loaded = await Promise.all(commands.map((entry) => entry.load()));
  const rows = loaded.map((command) => `| \`${command.name}\` | ${exitCodesOf(command.exitCodes).map(([code, meaning]) => `${code} ${meaning}`).join('; ')} |`);
  return ['| Command | Exit codes |', '|---|---|', ...rows].join('\n');
}
