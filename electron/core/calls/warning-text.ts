import type { RecorderSighting } from './call-events.js';

/**
 * The words a person sees: name the program, say how sure we are, say what to do. An ambiguous tool that merely
 * runs gets the softer wording, because it is usually idle in the tray.
 */
export function recorderWarning(recorder: RecorderSighting): { message: string; advice: string } {
  if (recorder.level === 'present') {
    return {
      message: `${recorder.name} is running during this call. It can record the screen or audio, though it may be idle.`,
      advice: `If ${recorder.name} is recording, stop it, or tell everyone in the call and ask for their consent before you continue.`,
    };
  }
  if (recorder.category === 'remote-view') {
    return {
      message: `${recorder.name} is running: someone outside this call may be able to see your screen.`,
      advice: `Close ${recorder.name} unless IT asked you to use it, and tell the participants.`,
    };
  }
  return {
    message: `${recorder.name} is recording or capturing during this call.`,
    advice: `Stop ${recorder.name}, or tell everyone in the call that it is being recorded and ask for their consent first.`,
  };
}
