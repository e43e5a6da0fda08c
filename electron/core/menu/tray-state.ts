import type { TrayInput, TrayModel } from './tray-menu.js';

/** The states a glance at the tray must tell apart; the shell has one picture for each. */
export const trayStates = ['managed-idle', 'in-call', 'recorder-active', 'not-managed', 'attention'] as const;
export type TrayState = (typeof trayStates)[number];

/** What the tray shows: which picture, and the menu model (labels, tooltip). */
export interface TrayView {
  state: TrayState;
  model: TrayModel;
}

/**
 * The picture for what is going on, most urgent first. The menu model says how bad things are (its `icon` tone);
 * this adds which of the five pictures says it.
 */
export function trayState(input: TrayInput, model: TrayModel): TrayState {
  if (input.recorders.length > 0) return 'recorder-active';
  if (input.device.verdict === 'not-managed') return 'not-managed';
  if (input.call.phase === 'starting' || input.call.phase === 'in-call') return 'in-call';
  if (model.icon !== 'ok') return 'attention';
  return 'managed-idle';
}
