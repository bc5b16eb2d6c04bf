import type { DesignerMessageKey } from '../i18n/messages';
import { Section } from '../inspector/controls';
import type { InspectorEnv } from '../inspector/inspector.types';
import { setPermission } from '../model/settingsEdits';
import { PrincipalPicker } from '../inspector/PrincipalPicker';

type Who = 'start' | 'view' | 'assign';

/** The message keys of each permission's picker and its explanation. */
const PERMISSIONS: ReadonlyArray<{
  who: Who;
  label: DesignerMessageKey;
  hint?: DesignerMessageKey;
}> = [
  { who: 'start', label: 'settings.start' },
  { who: 'view', label: 'settings.view', hint: 'settings.viewHint' },
  { who: 'assign', label: 'settings.assign', hint: 'settings.assignHint' },
];

/**
 * Who may start the workflow, who sees every ticket of it desk side (`permissions.view`), and its
 * dispatchers (`permissions.assign`): team leads who see the tickets and may hand out or reassign
 * any open work, not only work they hold.
 */
export function PermissionsSettings({ env }: { env: InspectorEnv }) {
  const { t, edit, def } = env;
  return (
    <Section title={t('settings.permissions')}>
      {PERMISSIONS.map(({ who, label, hint }) => (
        <div key={who}>
          <PrincipalPicker
            label={t(label)}
            value={def.permissions?.[who] ?? []}
            directory={env.directory}
            t={t}
            onChange={(next) => edit((d) => setPermission(d, who, next))}
          />
          {hint ? <p className="dk-hint">{t(hint)}</p> : null}
        </div>
      ))}
    </Section>
  );
}
