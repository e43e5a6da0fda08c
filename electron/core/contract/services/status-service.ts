import type { DeviceManagementProbe, DeviceStatus } from '../../device/types.js';
import type { Resolution } from '../../policy/resolve.js';
import type { Locale, StatusView } from '../views.js';
import { label } from './labels.js';
import { loadConfiguredNotice } from './notice-service.js';
import type { NoticeWorker } from '../../notice/load-off-thread.js';
import { signalName } from './signal-names.js';
import { SIGNAL_LABELS, type SignalStatus } from '../../calls/signals/signal-status.js';

type Check = StatusView['checks'][number];

export interface StatusServiceDeps {
  device: DeviceManagementProbe;
  settings: () => Promise<Resolution>;
  locale: () => Promise<Locale>;
  now?: () => Date;
  /** The notice thread, as for the notice service. */
  noticeWorker?: NoticeWorker;
  /** Which call signals this laptop has; no check is shown without it. */
  callSignals?: () => readonly SignalStatus[];
}

/**
 * The device's verdict in the window's language. The probe's English sentence is kept for English (it names the
 * directory or MDM); Welsh gets the same verdict from its own words, with the organisation the probe found.
 */
function deviceSummary(status: DeviceStatus, locale: Locale): string {
  if (locale === 'en-GB') return status.summary;
  if (status.verdict === 'managed') {
    const by = [...status.managedBy, ...(status.organisation ? [status.organisation] : [])].join(', ');
    return by ? label(locale, 'deviceManagedBy', { by }) : label(locale, 'deviceManaged');
  }
  return label(locale, status.verdict === 'not-managed' ? 'deviceNotManaged' : 'deviceUnknown');
}

export function deviceCheck(status: DeviceStatus, locale: Locale): Check {
  const state = status.verdict === 'managed' ? 'ok' : status.verdict === 'not-managed' ? 'problem' : 'unknown';
  const evidence = status.evidence.map((e) => ({ ...e, signal: signalName(e.signal, locale) }));
  return { id: 'device', title: label(locale, 'deviceCheck'), state, summary: deviceSummary(status, locale), evidence };
}

export function policyCheck(resolution: Resolution, locale: Locale): Check {
  const { problems } = resolution;
  return {
    id: 'policy',
    title: label(locale, 'policyCheck'),
    state: problems.length === 0 ? 'ok' : 'problem',
    summary: problems.length === 0 ? label(locale, 'policyOk') : label(locale, 'policyProblems', { count: problems.length }),
    evidence: problems.map((p) => ({
      signal: p.setting ?? p.layer,
      source: p.origin,
      weight: 'supporting' as const,
      status: 'unavailable' as const,
      detail: p.message,
    })),
  };
}

export async function noticeCheck(resolution: Resolution, locale: Locale, worker?: NoticeWorker): Promise<Check & { organisation?: string }> {
  const base = { id: 'notice', title: label(locale, 'noticeCheck') };
  let result;
  try {
    result = await loadConfiguredNotice(resolution, locale, worker);
  } catch (error) {
    return { ...base, state: 'problem', summary: label(locale, 'noticeBroken'), evidence: [{ signal: signalName('notice file', locale), source: '', weight: 'decisive', status: 'unavailable', detail: (error as Error).message }] };
  }
  if (!result) return { ...base, state: 'problem', summary: label(locale, 'noticeMissing'), evidence: [] };
  const evidence = result.problems.flatMap((p) =>
    p.errors.map((e) => ({ signal: e.field, source: `${p.path}:${e.line}:${e.column}`, weight: 'supporting' as const, status: 'unavailable' as const, detail: e.message })),
  );
  if (!result.ok) return { ...base, state: 'problem', summary: label(locale, 'noticeBroken'), evidence };
  const { value } = result;
  return {
    ...base,
    state: 'ok',
    organisation: value.notice.facts.controller.name,
    summary: label(locale, 'noticeOk', { title: value.notice.facts.title, language: value.language }),
    evidence: [{ signal: signalName('notice file', locale), source: value.path, weight: 'decisive', status: 'positive', detail: `version ${value.notice.facts.version}` }, ...evidence],
  };
}

/**
 * What Meeting Guard can see of calls on this laptop: each signal it reads, and each it cannot, with why
 * ("Microphone in use: not visible … pmset is not installed"). The check is "unknown" while the microphone or the
 * camera cannot be seen, since a call may then go unnoticed until the person says so. It does not change the
 * overall sentence: calls go ahead, and the person can always say a call is starting.
 */
export function callSignalsCheck(signals: readonly SignalStatus[], locale: Locale): Check {
  const relevant = signals.filter((s) => s.state !== 'not-applicable');
  const unseen = relevant.filter((s) => s.state === 'unavailable');
  const blind = unseen.some((s) => s.signal === 'microphone' || s.signal === 'camera');
  return {
    id: 'call-signals',
    title: label(locale, 'callSignalsCheck'),
    state: blind ? 'unknown' : 'ok',
    summary: unseen.length === 0 ? label(locale, 'callSignalsAll') : label(locale, 'callSignalsSome', { count: unseen.length }),
    evidence: relevant.map((s) => ({
      signal: signalName(SIGNAL_LABELS[s.signal], locale),
      source: s.signal,
      weight: s.signal === 'microphone' || s.signal === 'camera' || s.signal === 'processes' ? ('decisive' as const) : ('supporting' as const),
      status: s.state === 'available' ? ('positive' as const) : ('unavailable' as const),
      detail: s.detail,
    })),
  };
}

/**
 * The one sentence a person reads first, worst first: a laptop that is not managed (or could not be checked) stops
 * calls; a missing notice or unusable policy lets calls go ahead but needs IT.
 */
export function overall(checks: { device: Check; policy: Check; notice: Check }, organisation: string, locale: Locale): StatusView['overall'] {
  if (checks.device.state === 'problem') {
    return { state: 'stop', headline: label(locale, 'headlineNotManaged', { organisation }), nextStep: label(locale, 'nextNotManaged') };
  }
  if (checks.device.state === 'unknown') return { state: 'check', headline: label(locale, 'headlineUnknown'), nextStep: label(locale, 'nextUnknown') };
  if (checks.notice.state !== 'ok') return { state: 'attention', headline: label(locale, 'headlineNoNotice'), nextStep: label(locale, 'nextNoNotice') };
  if (checks.policy.state !== 'ok') return { state: 'attention', headline: label(locale, 'headlinePolicy'), nextStep: label(locale, 'nextPolicy') };
  return { state: 'ready', headline: label(locale, 'headlineReady') };
}

/** Every check the status window shows, each with the evidence behind it, under one plain sentence. */
export function createStatusService(deps: StatusServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const callSignals = (locale: Locale): Check[] => {
    const signals = deps.callSignals?.() ?? [];
    return signals.length > 0 ? [callSignalsCheck(signals, locale)] : [];
  };
  return {
    async get(): Promise<StatusView> {
      const [status, resolution, locale] = await Promise.all([deps.device.check(), deps.settings(), deps.locale()]);
      const device = deviceCheck(status, locale);
      const policy = policyCheck(resolution, locale);
      const { organisation: controller, ...notice } = await noticeCheck(resolution, locale, deps.noticeWorker);
      // Policy's name for the organisation first, then the notice's data controller, then plain words.
      const named = (resolution.settings.organisationName.value as string) || controller || label(locale, 'yourOrganisation');
      const helpUrl = resolution.settings.helpLink.value as string;
      return {
        overall: overall({ device, policy, notice }, named, locale),
        checkedAt: now().toISOString(),
        ...(helpUrl ? { helpUrl } : {}),
        checks: [device, policy, notice, ...callSignals(locale)],
      };
    },
  };
}
