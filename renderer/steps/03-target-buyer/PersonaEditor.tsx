import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_ROLES, PERSONA_FACT_FIELDS, SENIORITIES, type Persona, type Seniority } from '../../../shared/workshop/steps/targetBuyer';
import { evidenceCounts, personaFacts } from '../../../shared/targetBuyer/persona';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { Modal } from '../../ui/Modal';
import { SelectField, TextField } from '../../ui/fields';
import { AssumptionSummary } from './Evidence';
import { FactList } from './FactList';
import type { EditFocus } from './PersonaCard';
import { roleClass } from './roles';

interface Props {
  personaId: string;
  focus: EditFocus | undefined;
  onClose(): void;
}

/** Every persona field in one dialog; each keystroke is saved, "Done" only closes. */
export function PersonaEditor({ personaId, focus, onClose }: Props) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const index = w.targetBuyer.personas.findIndex((p) => p.id === personaId);
  const p = w.targetBuyer.personas[index];
  const counts = useMemo(() => (p ? evidenceCounts(personaFacts(p)) : null), [p]);
  const { t } = useTranslation(['targetBuyer', 'app']);

  useEffect(() => {
    // After the dialog's own autofocus, so the field the gap summary named wins.
    const target = focus === 'role' ? `persona-${personaId}-role-input` : `persona-${personaId}-${focus ?? 'name'}-input`;
    const timer = setTimeout(() => document.getElementById(target)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [focus, personaId]);

  if (!p || !counts) return null;
  const set = (patch: Partial<Persona>) => update((d) => void Object.assign(d.targetBuyer.personas[index]!, patch));
  const name = p.name.trim() || t('personas.fallbackName', { n: index + 1 });

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('editor.title', { name })} wide>
      <div className="persona-editor">
        <div className="grid-3">
          <TextField
            id={`persona-${p.id}-name-input`}
            label={t('editor.name')}
            value={p.name}
            maxLength={120}
            onChange={(v) => set({ name: v })}
            hint={t('editor.nameHint')}
          />
          <TextField
            id={`persona-${p.id}-title-input`}
            label={t('editor.jobTitle')}
            value={p.title}
            maxLength={120}
            onChange={(v) => set({ title: v })}
            hint={t('editor.jobTitleHint')}
          />
          <SelectField<Seniority | ''>
            id={`persona-${p.id}-seniority-input`}
            label={t('editor.seniority')}
            value={p.seniority ?? ''}
            options={[{ value: '', label: t('app:common.choose') }, ...SENIORITIES.map((s) => ({ value: s, label: t(`seniority.${s}`) }))]}
            onChange={(v) => set({ seniority: v || null })}
          />
        </div>
        <fieldset className="role-picker">
          <legend className="field-label">{t('editor.buyingRole')}</legend>
          <div className="role-options">
            {BUYING_ROLES.map((r, i) => (
              <label key={r} className={`role-option ${roleClass(r)}`}>
                <input
                  type="radio"
                  name={`persona-${p.id}-role`}
                  id={i === 0 ? `persona-${p.id}-role-input` : undefined}
                  value={r}
                  checked={p.buyingRole === r}
                  onChange={() => set({ buyingRole: r })}
                />
                <span className="role-swatch" aria-hidden="true" />
                <span>
                  <strong>{t(`role.${r}`)}</strong>
                  <small>{t(`roleHint.${r}`)}</small>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="persona-editor-facts">
          {PERSONA_FACT_FIELDS.map((f) => (
            <FactList
              key={f}
              label={t(`personaField.${f}.label`)}
              one={t(`personaField.${f}.one`)}
              idBase={`persona-${p.id}-${f}`}
              facts={p[f]}
              select={(d) => d.targetBuyer.personas[index]![f]}
            />
          ))}
        </div>
        <div className="modal-actions persona-editor-foot">
          <AssumptionSummary counts={counts} compact />
          <span className="spacer" />
          <button className="btn btn-primary" onClick={onClose}>
            {t('editor.done')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
