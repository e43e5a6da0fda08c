import { useState } from 'react';
import type { SettingView } from '../../../electron/core/contract/views.js';
import { api, unwrap, useLoad } from '../api.js';
import { LoadFailed, Loading } from '../components/load-failed.js';
import { LiveMessage } from '../components/live-message.js';
import { useStrings } from '../strings/index.js';

/** Every setting is shown; the ones IT has set are disabled and say so, never hidden. */
export function SettingsScreen() {
  const { t } = useStrings();
  const [settings, reload, set] = useLoad(() => api().settings.list());
  const [message, setMessage] = useState<string>();
  if (settings.state === 'loading') return <Loading />;
  if (settings.state === 'error') return <LoadFailed message={settings.message} onRetry={reload} />;
  const save = (key: string, value: boolean | number | string) => {
    unwrap(api().settings.set({ key, value })).then(
      (next) => {
        set(next);
        setMessage(t('saved'));
      },
      (error: Error) => setMessage(t('actionFailed', { message: error.message })),
    );
  };
  return (
    <>
      <p>{t('settingsIntro')}</p>
      <ul className="settings">
        {settings.value.map((setting) => (
          <li key={setting.key}>
            <SettingControl setting={setting} onChange={(value) => save(setting.key, value)} />
          </li>
        ))}
      </ul>
      <LiveMessage text={message} />
    </>
  );
}

function SettingControl({ setting, onChange }: { setting: SettingView; onChange: (value: boolean | number | string) => void }) {
  const { t } = useStrings();
  const id = `setting-${setting.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const describedBy = [setting.description ? `${id}-description` : '', setting.locked ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, disabled: setting.locked, 'aria-describedby': describedBy };
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
    control = <input type="number" {...common} defaultValue={Number(setting.value ?? 0)} onBlur={(e) => onChange(Number(e.target.value))} />;
  } else {
    control = <input type="text" {...common} defaultValue={String(setting.value ?? '')} onBlur={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={`setting ${setting.locked ? 'locked' : ''}`}>
      <label htmlFor={id}>{setting.label}</label>
      {control}
      {setting.description ? (
        <p id={`${id}-description`} className="meta">
          {setting.description}
        </p>
      ) : null}
      {setting.locked ? (
        <p id={`${id}-locked`} className="locked-note">
          {t('setByOrganisation')}
          {setting.policyKey ? ` (${t('policyKey', { key: setting.policyKey })})` : ''}
        </p>
      ) : null}
    </div>
  );
}
