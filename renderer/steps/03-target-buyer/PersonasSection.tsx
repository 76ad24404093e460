import { ArrowRight, Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { MAX_PERSONAS } from '../../../shared/workshop/steps/targetBuyer';
import { useOpenWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { PersonaCard } from './PersonaCard';
import { PersonaEditor } from './PersonaEditor';
import { usePersonaActions, type Conversion } from './usePersonaActions';

export function PersonasSection() {
  const workshopId = useOpenWorkshop().id;
  const { personas, full, add, actionsFor, editing, setEditing, conversion, setConversion } = usePersonaActions();
  const { t } = useTranslation('targetBuyer');
  const toStep5 = () => useRoute.getState().navigate({ name: 'workshop', workshopId, step: 'qualifiedLead' });

  return (
    <section className="card section" aria-labelledby="personas-h">
      <div className="section-head">
        <h2 id="personas-h">{t('personas.title')}</h2>
        <button
          className="btn btn-primary"
          id="add-persona"
          onClick={add}
          disabled={full}
          title={full ? t('personas.full', { max: MAX_PERSONAS }) : undefined}
        >
          <Plus size={18} aria-hidden="true" /> {t('personas.add')}
        </button>
      </div>
      <p className="muted">{t('personas.intro')}</p>
      <p className="sr-only" id="persona-keys">
        {t('personas.keys')}
      </p>
      {personas.length === 0 ? (
        <p className="muted">{t('personas.empty')}</p>
      ) : (
        <div className="persona-grid">
          {personas.map((p, i) => (
            <PersonaCard
              key={p.id}
              persona={p}
              index={i}
              count={personas.length}
              actions={actionsFor(i)}
              note={
                conversion?.personaId === p.id && (
                  <ConversionNote conversion={conversion} onGo={toStep5} onDismiss={() => setConversion(null)} />
                )
              }
            />
          ))}
        </div>
      )}
      {editing && <PersonaEditor personaId={editing.id} focus={editing.focus} onClose={() => setEditing(null)} />}
    </section>
  );
}

function ConversionNote({ conversion: c, onGo, onDismiss }: { conversion: Conversion; onGo(): void; onDismiss(): void }) {
  const { t } = useTranslation(['targetBuyer', 'app']);
  return (
    <div className="callout callout-info conversion" role="status">
      <span>
        {c.added === 0 ? t('personas.already', { name: c.personaName }) : t('personas.added', { count: c.added, name: c.personaName })}
        {c.skipped.length > 0 && (
          <> {t('personas.skipped', { count: c.skipped.length, list: c.skipped.map((x) => `“${x}”`).join(', ') })}</>
        )}
      </span>
      <button className="btn btn-sm" onClick={onGo}>
        {t('personas.goStep5')} <ArrowRight size={16} aria-hidden="true" />
      </button>
      <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('app:common.dismiss')} onClick={onDismiss}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
