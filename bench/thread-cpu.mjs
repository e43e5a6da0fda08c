// CPU time of one process, thread by thread (Linux: /proc/<pid>/task/<tid>/stat, utime + stime in clock ticks),
// sampled while it runs: a thread's last sample before it ends is its total. Used by the cleanup bench to show where
// a whole-process scan spends its CPU besides the matching (start-up, the walk, messages, the compiler threads).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// USER_HZ: 100 on every Linux the bench runs on (getconf CLK_TCK); /proc reports times in these ticks.
const TICK_MS = 10;
const SAMPLE_MS = 5;

function threadTimes(pid, into) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // ended between the listing and the read
    }
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    if (ms >= (into.get(tid) ?? 0)) into.set(tid, ms);
  }
}

/**
 * Runs `command` with `args` and returns its threads' CPU: the main thread, the `busiest` busiest other threads (the
 * scanning threads, which do most of the work) and all the others together (V8's compiler and garbage-collector
 * threads, libuv's file-system pool). Null where /proc is not there.
 */
export function cpuByThread(command, args, { busiest, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    const seen = new Map();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => threadTimes(child.pid, seen), SAMPLE_MS);
    child.on('error', (error) => (clearInterval(timer), reject(error)));
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${command} exited with ${code}: ${stderr}`));
      if (seen.size === 0) return resolve(null);
      const main = seen.get(String(child.pid)) ?? 0;
      const others = [...seen].filter(([tid]) => tid !== String(child.pid)).map(([, ms]) => ms).sort((a, b) => b - a);
      const top = others.slice(0, busiest ?? 2);
      const sum = (list) => list.reduce((s, x) => s + x, 0);
      resolve({ main, busiest: sum(top), rest: sum(others.slice(top.length)), total: main + sum(others) });
    });
  });
}
