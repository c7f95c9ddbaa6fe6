// The canonical parts the report has (and lacks), and whether it was published by 1 April.
import { ROLES } from '../../lib/types';
import type { Compliance, Section } from '../../lib/types';
import type { Translate } from '../../lib/i18n';

export interface PartsCardProps {
  sections: Section[];
  compliance: Compliance;
  t: Translate;
  onReveal(start: number, end: number): void;
}

export function PartsCard({ sections, compliance, t, onReveal }: PartsCardProps) {
  const onTime = compliance.publishedOnTime;
  return (
    <section class="card parts" aria-labelledby="parts-title">
      <h2 id="parts-title">{t('parts')}</h2>
      <ul class="roles">
        {ROLES.map((role) => {
          const present = compliance.parts[role];
          return (
            <li key={role} class={present ? 'role present' : 'role missing'} data-role={role}>
              <span class="mark" aria-hidden="true">{present ? '✓' : '✗'}</span>
              <span class="role-name">{t('role_' + role)}</span>
              <span class="sr-only">{t(present ? 'partPresent' : 'partMissing')}</span>
            </li>
          );
        })}
      </ul>
      {sections.length > 0 && (
        <ol class="sections">
          {sections.map((s, i) => (
            <li key={i}>
              <button type="button" class="link" onClick={() => onReveal(s.start, s.start + s.title.length)}>
                <span class="tag">{t('role_' + s.role)}</span> {s.title}
              </button>
            </li>
          ))}
        </ol>
      )}
      <p class={onTime === false ? 'deadline warn' : 'deadline'}>
        {onTime === null ? t('onTimeUnknown') : t(onTime ? 'onTime' : 'late')}
        {compliance.deadline && <span class="muted"> · {t('deadline', compliance.deadline)}</span>}
      </p>
    </section>
  );
}
