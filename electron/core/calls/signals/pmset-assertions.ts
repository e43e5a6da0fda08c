import type { MediaSignal } from '../media-signal.js';
import { MAX_PID, readPid } from '../pid.js';
import { forEachLine } from '../../input/lines.js';

/** One power assertion from `pmset -g assertions`, "Listed by owning process". */
export interface PowerAssertion {
  pid: number;
  owner: string;
  type: string;
  name: string;
  /** `Created for PID: N.` — coreaudiod holds audio assertions on behalf of the process using the device. */
  createdFor?: number;
  /** `Resources: audio-in audio-out <device>`: what the assertion keeps running (macOS 13+). */
  resources?: string[];
  /** The assertion line itself, for the evidence a person sees. */
  line: string;
}

const OWNER_LINE = /^\s*pid (\d+)\((.*)\): \[0x[0-9a-f]+\] [\d:]+ (\w+) named: "(.*)"\s*$/i;
const CREATED_FOR = /^\s*(?:\\t)?Created for PID: (\d+)\.?\s*$/i;
const RESOURCES = /^\s*(?:\\t)?Resources: (.*?)\s*$/i;

/**
 * Reads the "Listed by owning process" part of `pmset -g assertions` (macOS 10.9 to 26; runs as any user, no
 * prompt). Each assertion is one line; coreaudiod's carry indented `Created for PID:` and `Resources:` lines.
 */
/** macOS pids are positive and below 100,000 by default (kern.maxproc); anything outside a 32-bit pid_t is not one. */
const pidFrom = (digits: string | undefined) => readPid(digits, MAX_PID.posix);

export function parsePmsetAssertions(text: string): PowerAssertion[] {
  const list: PowerAssertion[] = [];
  let current: PowerAssertion | undefined;
  // Lines are visited, never split into an array (4 MiB of newlines would be four million strings).
  forEachLine(text, (raw) => {
    const owner = OWNER_LINE.exec(raw);
    if (owner) {
      const pid = pidFrom(owner[1]);
      // A line with a pid no process can have (0, or past macOS's pid range) is damaged output: nobody's assertion.
      current = pid === undefined ? undefined : { pid, owner: owner[2] ?? '', type: owner[3] ?? '', name: owner[4] ?? '', line: raw.trim() };
      if (current) list.push(current);
      return;
    }
    if (!current) return;
    const created = CREATED_FOR.exec(raw);
    if (created) {
      const pid = pidFrom(created[1]);
      if (pid !== undefined) current.createdFor = pid;
      return;
    }
    const resources = RESOURCES.exec(raw);
    if (resources) current.resources = (resources[1] ?? '').split(/\s+/).filter(Boolean);
  });
  return list;
}

/** What the assertions say: devices in use (with their owner's pid) and processes that declare a call. */
export interface PmsetFindings {
  signals: MediaSignal[];
  /** The assertion lines that decided, and those deliberately set aside (playback, process taps), for evidence. */
  evidence: string[];
  /** Pid -> process name, from the owners listed (the only names this output carries). */
  names: Map<number, string>;
}

const SOURCE = 'pmset -g assertions';
export const CAMERA_OWNER_UNKNOWN = 'an app macOS does not name (cameracaptured)';

/**
 * Judges the assertions. Microphone: coreaudiod's assertion whose resources include `audio-in`, owned by the
 * `Created for PID` process; `audio-out` alone is playback; a Core Audio process tap ("AudioTap") holds audio-in
 * without the microphone. Camera: cameracaptured's capture-device assertion (it does not say for whom). Screen:
 * an assertion held by screencapture. Calls: Chromium's "WebRTC has active PeerConnections" (browsers and
 * Electron clients, any WebRTC call; "Video Wake Lock" / "Playing audio" are playback), FaceTime's "Ongoing A/V
 * conference", Webex's "On a call", Zoom's display-sleep assertion (zoom.us holds one only in a meeting; newer
 * builds name it "Describe Activity Type") and Teams' "call in progress" (reported, no public capture).
 */
export function judgePmsetAssertions(text: string): PmsetFindings {
  const assertions = parsePmsetAssertions(text);
  const names = new Map(assertions.map((a) => [a.pid, a.owner]));
  const signals: MediaSignal[] = [];
  const evidence: string[] = [];
  for (const a of assertions) {
    const owner = a.owner.toLowerCase();
    if (owner === 'coreaudiod' && a.createdFor !== undefined) {
      const judged = judgeAudio(a);
      if (judged === 'microphone') {
        signals.push({ device: 'microphone', pid: a.createdFor, ...nameOf(names, a.createdFor), source: SOURCE });
        evidence.push(a.line, `  Created for PID: ${a.createdFor}. Resources: ${(a.resources ?? []).join(' ')}`);
      } else if (judged === 'tap') {
        evidence.push(`not the microphone (a Core Audio process tap): ${a.line}`);
      }
      continue;
    }
    if (owner === 'cameracaptured' || /cameracaptured|VDCAssistant|AppleCameraAssistant/i.test(a.name)) {
      // The capture service holds it for whichever app opened the camera, and does not say which.
      signals.push({ device: 'camera', source: SOURCE, label: CAMERA_OWNER_UNKNOWN });
      evidence.push(a.line);
      continue;
    }
    if (owner === 'screencapture' || owner === 'screencaptureui') {
      signals.push({ device: 'screen', pid: a.pid, processName: a.owner, source: SOURCE });
      evidence.push(a.line);
      continue;
    }
    if (declaresCall(a)) {
      signals.push({ device: 'call', pid: a.pid, processName: a.owner, label: a.name, source: SOURCE, via: 'power-assertion' });
      evidence.push(a.line);
    }
  }
  return { signals, evidence, names };
}

function judgeAudio(a: PowerAssertion): 'microphone' | 'tap' | 'playback' {
  if (/AudioTap/i.test(a.name)) return 'tap';
  if (a.resources) return a.resources.includes('audio-in') ? 'microphone' : 'playback';
  // Before macOS 13 there was no Resources line: only the device in the name tells input from output.
  return /Input|Microphone/i.test(a.name) && !/Output|Speaker/i.test(a.name) ? 'microphone' : 'playback';
}

const DISPLAY_SLEEP = new Set(['preventuseridledisplaysleep', 'nodisplaysleepassertion']);

function declaresCall(a: PowerAssertion): boolean {
  const owner = a.owner.toLowerCase();
  const name = a.name.toLowerCase();
  if (name === 'webrtc has active peerconnections') return true;
  if (owner === 'facetime' || owner === 'avconferenced') return name === 'ongoing a/v conference';
  if (owner === 'webex' || owner === 'cisco webex meetings' || owner === 'meeting center') return name.includes('on a call') || name.includes('webex');
  if (owner === 'zoom.us') return DISPLAY_SLEEP.has(a.type.toLowerCase()) || name.includes('zoom');
  if (owner === 'msteams' || owner.startsWith('microsoft teams')) return name.includes('call in progress');
  return false;
}

function nameOf(names: Map<number, string>, pid: number): { processName?: string } {
  const name = names.get(pid);
  return name ? { processName: name } : {};
}
