import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarClock, Plus } from 'lucide-react';
import type { SlaCommitment } from '../../../shared/workshop/schema';
import { newCommitment } from '../../../shared/sla/commitmentRules';
import { newId } from '../../../shared/workshop/factory';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { showUndoToast } from '../../app/undoToast';
import { CommitmentRhythmForm } from './CommitmentRhythmForm';
import { CommitmentRow } from './CommitmentRow';
import { useUiLanguage } from './slaWords';

const MAX_COMMITMENTS = 50;

/** Step 7's commitments: each side's own, what "met" means for each, and the delivery rhythm added as a linked pair. */
export function CommitmentsTable({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const rows = w.sla.commitments;
  const { t } = useTranslation('sla');
  const language = useUiLanguage();
  const [rhythmOpen, setRhythmOpen] = useState(false);

  const add = (party: SlaCommitment['party']) =>
    update((d) => void d.sla.commitments.push(newCommitment({ party, kind: party === 'marketing' ? 'mqlVolume' : 'firstTouch' }, newId)));
  const addRhythm = (added: SlaCommitment[]) => {
    update((d) => void d.sla.commitments.push(...added));
    setRhythmOpen(false);
    showToast({ message: t('commitments.rhythmForm.added', { count: added.length }) });
  };
  const remove = (i: number) => {
    const undoId = update((d) => {
      const [gone] = d.sla.commitments.splice(i, 1);
      // A sales commitment that answered the removed delivery no longer answers anything.
      for (const c of d.sla.commitments) if (c.linkedTo === gone?.id) c.linkedTo = null;
    });
    showUndoToast(t('commitments.removed'), undoId, { label: t('commitments.undo') });
  };

  return (
    <section className="card section" aria-labelledby="commitments-h">
      <div className="section-head">
        <h2 id="commitments-h">{t('commitments.title')}</h2>
        {!locked && (
          <div className="row" id="commitments" tabIndex={-1}>
            <button className="btn btn-sm" onClick={() => add('marketing')}>
              <Plus size={16} aria-hidden="true" /> {t('commitments.addMarketing')}
            </button>
            <button className="btn btn-sm" onClick={() => add('sales')}>
              <Plus size={16} aria-hidden="true" /> {t('commitments.addSales')}
            </button>
            <button className="btn btn-sm" aria-expanded={rhythmOpen} onClick={() => setRhythmOpen(!rhythmOpen)}>
              <CalendarClock size={16} aria-hidden="true" /> {t('commitments.addRhythm')}
            </button>
          </div>
        )}
      </div>
      <p className="muted">{t('commitments.intro')}</p>
      <p className="commitments-levels" data-testid="levels-intro">
        {t('commitments.levelsIntro')}
      </p>
      {rhythmOpen && !locked && (
        <CommitmentRhythmForm onAdd={addRhythm} onCancel={() => setRhythmOpen(false)} room={MAX_COMMITMENTS - rows.length} />
      )}
      <div className="commitment-list">
        {rows.map((c, i) => (
          <CommitmentRow
            key={c.id}
            c={c}
            n={i + 1}
            all={rows}
            locked={locked}
            language={language}
            set={(patch) => update((d) => void Object.assign(d.sla.commitments[i]!, patch))}
            remove={() => remove(i)}
          />
        ))}
      </div>
    </section>
  );
}
