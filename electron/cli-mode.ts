/**
 * Decides whether this launch is a CLI call (`"Meeting Guard" device --json`, `… --cli device`) rather than the tray
 * app. Only our own command names count, so flags the OS adds at launch (macOS's -psn_…, Chromium switches) never
 * turn a normal start into a CLI run.
 */
export function cliArgsFrom(argv: readonly string[], packaged: boolean, commandNames: readonly string[]): string[] | undefined {
  // Packaged: [app, ...args]. Development: [electron, appPath, ...args].
  const rest = argv.slice(packaged ? 1 : 2);
  const first = rest[0];
  if (first === undefined) return undefined;
  if (first === '--cli') return rest.slice(1);
  if (commandNames.includes(first) || first === '--version' || first === '--help' || first === 'help') return [...rest];
  return undefined;
}
