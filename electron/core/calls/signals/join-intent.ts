/**
 * "About to start": a meeting client launched with a join link in its arguments. The browser hands the link to
 * the client this way when someone clicks "Join" (Zoom: `zoommtg://zoom.us/join?action=join&confno=…`, on Windows
 * as `--url=zoommtg://…`; Teams: `msteams:/l/meetup-join/…` or the `https://teams.microsoft.com/l/meetup-join/…`
 * link itself). Seen before the call connects, so the notice can come first.
 *
 * Only the kind of link is reported: the meeting number, passwords and tokens in it never leave this function.
 */
export interface JoinIntent {
  /** Catalogue id of the client the link is for. */
  client: 'zoom' | 'teams' | 'webex';
  /** What was seen, without the link's identifying parts. */
  evidence: string;
}

const RULES: readonly { client: JoinIntent['client']; re: RegExp; describes: string }[] = [
  { client: 'zoom', re: /\bzoommtg:\/\/[^\s"]*(?:\/join\b|[?&]action=(?:join|start)\b)/i, describes: 'a Zoom join link (zoommtg://…join…)' },
  { client: 'zoom', re: /\bzoomus:\/\/[^\s"]*\/join\b/i, describes: 'a Zoom join link (zoomus://…join…)' },
  { client: 'zoom', re: /\bhttps:\/\/(?:[\w-]+\.)?zoom\.us\/(?:j|wc\/join|w)\/\d/i, describes: 'a Zoom meeting link (zoom.us/j/…)' },
  { client: 'teams', re: /\bmsteams:\/?\/?l\/meetup-join\//i, describes: 'a Teams join link (msteams:/l/meetup-join/…)' },
  { client: 'teams', re: /\bhttps:\/\/teams\.(?:microsoft|live)\.com\/l\/meetup-join\//i, describes: 'a Teams meeting link (teams.microsoft.com/l/meetup-join/…)' },
  { client: 'teams', re: /\bhttps:\/\/teams\.microsoft\.com\/meet\/\d/i, describes: 'a Teams meeting link (teams.microsoft.com/meet/…)' },
  { client: 'webex', re: /\bwebexstart:\/\/|\bhttps:\/\/[\w-]+\.webex\.com\/(?:meet|join|[\w-]+\/j\.php)/i, describes: 'a Webex join link' },
];

/** Judges one process's command line (its arguments joined by spaces, as `ps -o args=` or Windows prints it). */
export function judgeJoinIntent(commandLine: string): JoinIntent | undefined {
  for (const rule of RULES) if (rule.re.test(commandLine)) return { client: rule.client, evidence: `started with ${rule.describes}` };
  return undefined;
}
