import { useState } from 'react';
import { MAX_PERSONAS } from '../../../shared/workshop/steps/targetBuyer';
import { addPersonaCriteriaWithSkipped } from '../../../shared/targetBuyer/criteria';
import { newId } from '../../../shared/workshop/factory';
import { duplicatePersona, moved, newPersona } from '../../../shared/targetBuyer/persona';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { i18n } from '../../i18n';
import type { EditFocus, PersonaActions } from './PersonaCard';

export interface Editing {
  id: string;
  focus?: EditFocus;
}

export interface Conversion {
  personaId: string;
  personaName: string;
  added: number;
  /** Disqualifiers no lead field holds, left for the room to turn into criteria by hand. */
  skipped: string[];
}

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
const label = (name: string, i: number) => name.trim() || i18n.t('targetBuyer:personas.fallbackName', { n: i + 1 });

/** Everything a persona card can do, each undoable where it destroys or spreads data. */
export function usePersonaActions() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [conversion, setConversion] = useState<Conversion | null>(null);
  const personas = w.targetBuyer.personas;

  const full = personas.length >= MAX_PERSONAS;
  const add = () => {
    if (full) return;
    const p = newPersona();
    update((d) => void d.targetBuyer.personas.push(p));
    setEditing({ id: p.id, focus: 'name' });
  };

  const actionsFor = (i: number): PersonaActions => {
    const p = personas[i]!;
    return {
      edit: (focus) => {
        // The dialog gives focus back to whatever had it; make that the card, not a hidden target.
        if (focus) document.getElementById(`persona-card-${p.id}`)?.focus();
        setEditing(focus ? { id: p.id, focus } : { id: p.id });
      },
      duplicate: () => {
        if (full) return;
        const copy = duplicatePersona(p);
        update((d) => void d.targetBuyer.personas.splice(i + 1, 0, copy));
        focusSoon(`persona-card-${copy.id}`);
      },
      move: (by) => {
        const to = i + by;
        if (to < 0 || to >= personas.length) return;
        update((d) => void (d.targetBuyer.personas = moved(d.targetBuyer.personas, i, to)));
        const active = document.activeElement?.id;
        // Keep focus where the keyboard user left it: on the card, or on the same move button.
        focusSoon(active === `persona-${p.id}-up` || active === `persona-${p.id}-down` ? active : `persona-card-${p.id}`);
      },
      remove: () => {
        const undoId = update((d) => void d.targetBuyer.personas.splice(i, 1));
        showUndoToast(i18n.t('targetBuyer:personas.deleted', { name: label(p.name, i) }), undoId);
        const next = personas[i + 1] ?? personas[i - 1];
        focusSoon(next ? `persona-card-${next.id}` : 'add-persona');
      },
      toCriteria: () => {
        let result = { added: 0, skipped: [] as string[] };
        const undoId = update(
          (d) => void (result = addPersonaCriteriaWithSkipped(d.qualifiedLead, p, w.targetBuyer.icp, newId, w.language)),
        );
        const { added, skipped } = result;
        const personaName = label(p.name, i);
        setConversion({ personaId: p.id, personaName, added, skipped });
        if (added === 0) return;
        showUndoToast(i18n.t('targetBuyer:personas.addedToast', { count: added }), undoId, { undone: () => setConversion(null) });
      },
    };
  };

  return { personas, full, add, actionsFor, editing, setEditing, conversion, setConversion };
}
