import { useState } from 'react';
import type { SettingView } from '../../../electron/core/contract/views.js';
import { api, ApiError, unwrap, useLive, usePush } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { LiveMessage } from '../components/live-message.js';
import { useStrings } from '../strings/index.js';

type Value = boolean | number | string;

/** Every setting is shown; the ones IT has set are disabled and say so quietly, never hidden. */
export function SettingsScreen() {
  const { t } = useStrings();
  const [settings, reload, set] = useLive(() => api().settings.list(), usePush().settings);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'problem' }>();
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  if (settings.state === 'loading') return <Loading />;
  if (settings.state === 'error') return <LoadFailed message={settings.message} onRetry={reload} />;
  const save = (key: string, value: Value) => {
    unwrap(api().settings.set({ key, value })).then(
      (next) => {
        set(next);
        setErrors(({ [key]: _gone, ...rest }) => rest);
        setMessage({ text: t('saved'), tone: 'info' });
      },
      (error: Error) => {
        // A value the setting does not accept is said beside its field; anything else below the list.
        if (error instanceof ApiError && error.error.code === 'invalid-request') {
          setErrors((current) => ({ ...current, [key]: error.message }));
          setMessage({ text: t('notSaved'), tone: 'problem' });
        } else setMessage({ text: t('actionFailed', { message: error.message }), tone: 'problem' });
      },
    );
  };
  return (
    <>
      <p>{t('settingsIntro')}</p>
      <ul className="settings">
        {settings.value.map((setting) => (
          <li key={setting.key}>
            <SettingControl setting={setting} error={errors[setting.key]} onChange={(value) => save(setting.key, value)} />
          </li>
        ))}
      </ul>
      <LiveMessage text={message?.text} tone={message?.tone} />
    </>
  );
}

function SettingControl({ setting, error, onChange }: { setting: SettingView; error: string | undefined; onChange: (value: Value) => void }) {
  const { t } = useStrings();
  const id = `setting-${setting.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const describedBy =
    [error ? `${id}-error` : '', setting.locked ? `${id}-locked` : '', setting.description ? `${id}-description` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, disabled: setting.locked, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) };
  const locked = setting.locked ? (
    <span id={`${id}-locked`} className="locked-note">
      {t('setByOrganisation')}
    </span>
  ) : null;
  const label = (
    <span className="setting-label">
      <label htmlFor={id}>{setting.label}</label>
      {locked}
    </span>
  );
  let control: React.ReactNode;
  if (setting.kind === 'boolean') {
    control = <input type="checkbox" {...common} checked={setting.value === true} onChange={(e) => onChange(e.target.checked)} />;
  } else if (setting.kind === 'choice') {
    control = (
      <select {...common} value={String(setting.value ?? '')} onChange={(e) => onChange(e.target.value)}>
        {(setting.choices ?? []).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else if (setting.kind === 'number') {
    control = (
      <input type="number" inputMode="numeric" {...common} defaultValue={Number(setting.value ?? 0)} onBlur={(e) => onChange(Number(e.target.value))} />
    );
  } else {
    control = <input type="text" {...common} defaultValue={String(setting.value ?? '')} onBlur={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={`setting ${setting.kind === 'boolean' ? 'setting-check' : 'setting-field'} ${setting.locked ? 'locked' : ''}`}>
      {setting.kind === 'boolean' ? (
        <div className="check">
          {control}
          {label}
        </div>
      ) : (
        <>
          {label}
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          ) : null}
          {control}
        </>
      )}
      {setting.description ? (
        <p id={`${id}-description`} className="meta">
          {setting.description}
        </p>
      ) : null}
    </div>
  );
}
