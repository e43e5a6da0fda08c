import type { DeviceManagementProbe, DeviceStatus } from '../../device/types.js';
import type { Resolution } from '../../policy/resolve.js';
import type { Locale, StatusView } from '../views.js';
import { label } from './labels.js';
import { loadConfiguredNotice } from './notice-service.js';

type Check = StatusView['checks'][number];

export interface StatusServiceDeps {
  device: DeviceManagementProbe;
  settings: () => Promise<Resolution>;
  locale: () => Promise<Locale>;
}

export function deviceCheck(status: DeviceStatus, locale: Locale): Check {
  const state = status.verdict === 'managed' ? 'ok' : status.verdict === 'not-managed' ? 'problem' : 'unknown';
  return { id: 'device', title: label(locale, 'deviceCheck'), state, summary: status.summary, evidence: status.evidence };
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

export async function noticeCheck(resolution: Resolution, locale: Locale): Promise<Check> {
  const base = { id: 'notice', title: label(locale, 'noticeCheck') };
  let result;
  try {
    result = await loadConfiguredNotice(resolution, locale);
  } catch (error) {
    return { ...base, state: 'problem', summary: (error as Error).message, evidence: [] };
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
    summary: label(locale, 'noticeOk', { title: value.notice.facts.title, language: value.language }),
    evidence: [{ signal: 'notice file', source: value.path, weight: 'decisive', status: 'positive', detail: `version ${value.notice.facts.version}` }, ...evidence],
  };
}

/** Every check the status window shows, each with the evidence behind it. */
export function createStatusService(deps: StatusServiceDeps) {
  return {
    async get(): Promise<StatusView> {
      const [device, resolution, locale] = await Promise.all([deps.device.check(), deps.settings(), deps.locale()]);
      return { checks: [deviceCheck(device, locale), policyCheck(resolution, locale), await noticeCheck(resolution, locale)] };
    },
  };
}
