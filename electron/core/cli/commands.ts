import type { CommandEntry } from './command.js';

/**
 * Every CLI command, in the order --help lists them. Each lives beside the feature it belongs to and is imported
 * only when it runs, so one command's dependencies never slow another's start. Add a line per command:
 *   { name: 'x', load: async () => (await import('../x/x-command.js')).xCommand },
 */
export const commands: readonly CommandEntry[] = [
  { name: 'device', load: async () => (await import('../device/device-command.js')).deviceCommand },
  { name: 'notice', load: async () => (await import('../notice/notice-command.js')).noticeCommand },
  { name: 'policy', load: async () => (await import('../policy/policy-command.js')).policyCommand },
  { name: 'watch', load: async () => (await import('../calls/watch-command.js')).watchCommand },
  { name: 'signals', load: async () => (await import('../calls/signals/signals-command.js')).signalsCommand },
  { name: 'catalogue', load: async () => (await import('../calls/catalogue-command.js')).catalogueCommand },
  { name: 'report', load: async () => (await import('../report/report-command.js')).reportCommand },
  { name: 'cleanup', load: async () => (await import('../cleanup/cleanup-command.js')).cleanupCommand },
];
