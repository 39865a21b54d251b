/**
 * Add or edit one actor of the stakeholder map. The choices are the Guide's:
 * its sector groups, the roles 2.1 and 2.2 name, capacity building (2.1) and
 * Table 3's benefits for the actor's sector.
 */
import type { Ref } from 'preact';
import { type Actor, benefitsFor } from '../../lib/tools/actors';
import type { StakeholderData } from '../../lib/tools/types';

interface Props {
  data: StakeholderData;
  draft: Actor;
  editing: boolean;
  errors: { field: string; message: string }[];
  errorRef: Ref<HTMLDivElement>;
  /** Link to Table 3, whose words the benefit choices are. */
  tableHref: string;
  onChange: (draft: Actor) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

type Field = 'name' | 'interest' | 'contact' | 'notes';

export function ActorForm({ data, draft, editing, errors, errorRef, tableHref, onChange, onSubmit, onCancel }: Props) {
  const set = (patch: Partial<Actor>) => onChange({ ...draft, ...patch });
  const text = (field: Field) => ({
    id: `sh-${field}`,
    value: draft[field],
    onInput: (e: Event) => set({ [field]: (e.currentTarget as HTMLInputElement).value }),
  });
  const offered = benefitsFor(data, draft.sector);
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form
      class="sh-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {errors.length > 0 && (
        <div class="sh-errors" role="alert" tabIndex={-1} ref={errorRef}>
          <p class="sh-errors__title">There is a problem</p>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#sh-${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="sh-field">
        <label for="sh-name">Name of the organisation or group</label>
        {error('name') && <span class="sh-field__error">{error('name')}</span>}
        <input
          type="text"
          autocomplete="organization"
          maxLength={200}
          {...text('name')}
          aria-invalid={!!error('name')}
        />
      </p>
      <p class="sh-field">
        <label for="sh-sector">Sector</label>
        {error('sector') && <span class="sh-field__error">{error('sector')}</span>}
        <select
          id="sh-sector"
          value={draft.sector}
          aria-invalid={!!error('sector')}
          onChange={(e) => {
            const sector = (e.currentTarget as HTMLSelectElement).value;
            const keep = benefitsFor(data, sector).map((b) => b.id);
            set({ sector, benefits: draft.benefits.filter((b) => keep.includes(b)) });
          }}
        >
          <option value="">Choose a sector</option>
          {data.sectors.map((s) => (
            <option value={s.id} key={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </p>
      <fieldset class="sh-field">
        <legend>The role they could play</legend>
        {data.roles.map((r) => (
          <label class="sh-choice" key={r.id}>
            <input
              type="radio"
              name="sh-role"
              value={r.id}
              checked={draft.role === r.id}
              onChange={() => set({ role: r.id })}
            />{' '}
            {r.label}
          </label>
        ))}
      </fieldset>
      <p class="sh-field">
        <label for="sh-interest">Their key interests</label>
        <textarea rows={2} maxLength={2000} {...text('interest')} />
      </p>
      <fieldset class="sh-field">
        <legend>Do they need capacity building to take part?</legend>
        {data.capacity.options.map((o) => (
          <label class="sh-choice" key={o.id}>
            <input
              type="radio"
              name="sh-capacity"
              value={o.id}
              checked={draft.capacity === o.id}
              onChange={() => set({ capacity: o.id })}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
      <fieldset class="sh-field sh-benefits">
        <legend>What they would gain</legend>
        <p class="sh-field__hint">
          In the Guide’s words, from <a href={tableHref}>Table 3</a>.
        </p>
        {!draft.sector ? (
          <p class="sh-field__hint">Choose a sector to see the benefits Table 3 lists for it.</p>
        ) : offered.length === 0 ? (
          <p class="sh-field__hint">{data.benefits.none}.</p>
        ) : (
          offered.map((b) => (
            <label class="sh-choice sh-choice--long" key={b.id}>
              <input
                type="checkbox"
                checked={draft.benefits.includes(b.id)}
                onChange={(e) =>
                  set({
                    benefits: (e.currentTarget as HTMLInputElement).checked
                      ? offered.map((o) => o.id).filter((id) => id === b.id || draft.benefits.includes(id))
                      : draft.benefits.filter((x) => x !== b.id),
                  })
                }
              />{' '}
              {b.quote}
            </label>
          ))
        )}
      </fieldset>
      <p class="sh-field">
        <label for="sh-contact">Contact (person, e-mail, phone)</label>
        <input type="text" maxLength={500} {...text('contact')} />
      </p>
      <p class="sh-field">
        <label for="sh-notes">Notes</label>
        <textarea rows={2} maxLength={2000} {...text('notes')} />
      </p>
      <p class="tool-buttons">
        <button type="submit" class="tool-button">
          {editing ? 'Save changes' : 'Add to the map'}
        </button>
        {editing && (
          <button type="button" class="tool-button tool-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
