import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { CLI, runCliProcess } from '../../support/cli.js';
import { tempDir } from '../../support/temp.js';
import { startAs, stop } from './real-processes.js';

interface Line {
  kind: string;
  type?: string;
  [key: string]: unknown;
}

/** The real CLI as a separate process, with its JSON lines readable as they arrive. */
function startWatch(args: string[]) {
  const child = spawn(process.execPath, [CLI, 'watch', '--json', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: Line[] = [];
  const waiters: { test: (l: Line) => boolean; resolve: (l: Line) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    for (const w of [...waiters]) {
      if (!w.test(line)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    /** Resolves with the first line (seen or still to come) that passes the test. */
    next(test: (l: Line) => boolean): Promise<Line> {
      const seen = lines.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
}

const effect = (type: string) => (l: Line) => l.kind === 'effect' && l.type === type;
const recorderWarning = (id: string) => (l: Line) => effect('warn-recorder')(l) && (l.recorder as { id: string }).id === id;

describe.runIf(process.platform === 'linux')('meeting-guard watch --json with real processes', () => {
  it('reports the call, the recorders by name, and the end of the call', async () => {
    const dir = await tempDir();
    const watch = startWatch(['--interval-ms', '200']);
    try {
      await watch.next((l) => l.kind === 'watching');

      const zoom = await startAs(dir, 'zoom');
      const cpthost = await startAs(dir, 'CptHost');
      const notice = await watch.next(effect('show-notice'));
      expect(notice.trigger).toMatch(/CptHost \(pid \d+\) runs only during a Zoom call/);

      const transcode = await startAs(dir, 'ffmpeg', ['-i', 'in.mkv', 'out.mp4']);
      const obs = await startAs(dir, 'obs');
      const obsWarning = await watch.next(recorderWarning('obs'));
      expect(obsWarning.message).toBe('OBS Studio is recording or capturing during this call.');
      // The transcoding ffmpeg started before obs and was in the same or an earlier poll: it must not be a recorder.
      expect(watch.lines.some(recorderWarning('ffmpeg-capture'))).toBe(false);
      await stop(transcode);

      const grab = await startAs(dir, 'ffmpeg', ['-f', 'x11grab', '-i', ':0.0', 'out.mkv']);
      const ffmpegWarning = await watch.next(recorderWarning('ffmpeg-capture'));
      expect(ffmpegWarning.message).toMatch(/^ffmpeg is recording/);
      expect((ffmpegWarning.recorder as { evidence: string }).evidence).toMatch(/screen capture input: .*-f x11grab -i :0\.0 out\.mkv/);

      // A call counts once its signal has lasted the confirmation time; a shorter one is a blip without a reminder.
      await watch.next((l) => effect('update-tray')(l) && l.phase === 'in-call');
      await Promise.all([stop(zoom), stop(cpthost), stop(obs), stop(grab)]);
      const reminder = await watch.next(effect('remind-cleanup'));
      expect(reminder).toMatchObject({ callId: 1, clients: ['zoom'] });

      // Each recorder was warned about once in this call.
      expect(watch.lines.filter(effect('warn-recorder')).map((l) => (l.recorder as { id: string }).id).sort()).toEqual(['ffmpeg-capture', 'obs']);
    } finally {
      watch.child.kill('SIGTERM');
    }
    expect(await watch.exited).toBe(0);
    expect(watch.stderr()).toBe('');
  });

  it('takes "start" and "end" from the terminal like the tray buttons', async () => {
    const watch = startWatch(['--interval-ms', '200', '--control-stdin']);
    await watch.next((l) => l.kind === 'watching');
    watch.child.stdin.write('start\n');
    expect(await watch.next(effect('show-notice'))).toMatchObject({ trigger: 'you said a call is starting' });
    watch.child.stdin.write('end\n');
    expect(await watch.next(effect('remind-cleanup'))).toMatchObject({ callId: 1 });
    watch.child.kill('SIGTERM');
    expect(await watch.exited).toBe(0);
  });

  it('stops by itself after --exit-after-ms and rejects a bad interval', async () => {
    const done = await runCliProcess(['watch', '--json', '--exit-after-ms', '300']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout.split('\n')[0] ?? '{}')).toMatchObject({ kind: 'watching', os: 'linux' });
    const bad = await runCliProcess(['watch', '--interval-ms', 'fast']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/interval-ms/);
  });
});
