import { useTranslation } from 'react-i18next';
import { ROUTING_METHODS, TRAVELS_WITH } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { SelectField, TextField } from '../../ui/fields';

type Travels = (typeof TRAVELS_WITH)[number];

export function RoutingSection() {
  const h = useOpenWorkshop().handOff;
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('handOff');
  const toggle = (item: Travels, on: boolean) =>
    update((d) => {
      const list = d.handOff.travelsWith.filter((x) => x !== item);
      // Keep the catalogue's order so documents list them the same way every time.
      d.handOff.travelsWith = TRAVELS_WITH.filter((x) => (x === item ? on : list.includes(x)));
    });
  return (
    <section className="card section" aria-labelledby="handoff-routing-h">
      <h2 id="handoff-routing-h">{t('routing.title')}</h2>
      <div className="routing-grid">
        <SelectField
          id="handoff-routing"
          label={t('routing.label')}
          value={h.routing}
          options={ROUTING_METHODS.map((r) => ({ value: r, label: t(`routing.method.${r}.label`) }))}
          onChange={(routing) => update((d) => void (d.handOff.routing = routing))}
        />
        <TextField
          id="handoff-routing-detail"
          label={t(`routing.method.${h.routing}.detail`)}
          value={h.routingDetail}
          maxLength={500}
          multiline
          placeholder={t(`routing.method.${h.routing}.placeholder`)}
          onChange={(v) => update((d) => void (d.handOff.routingDetail = v))}
        />
      </div>
      <fieldset className="travels">
        <legend className="field-label">{t('routing.travels')}</legend>
        <div className="travels-options">
          {TRAVELS_WITH.map((item) => (
            <label key={item} className="travels-option">
              <input type="checkbox" checked={h.travelsWith.includes(item)} onChange={(e) => toggle(item, e.target.checked)} />
              <span>
                <strong>{t(`routing.item.${item}.label`)}</strong>
                <small>{t(`routing.item.${item}.hint`)}</small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
