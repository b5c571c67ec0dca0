import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { gql } from '../api';
import { useAction } from '../kit/hooks';
import { ErrorNotice, Field } from '../kit/ui';
import type { MoveOnArea } from '../gql/graphql';
import { MOVE_ON_AREAS, SUBMIT_RNA, type SupportCase } from './queries';
import { label } from './words';

/** The form's controls by the input field the API names in its errors (`input.submittedOn`). */
const FIELDS: Record<string, string> = { submittedOn: 'Submitted on', needs: 'Needs', note: 'Note' };

/**
 * A Recovery Needs Assessment for one case: the day it goes in (today in London unless it went in
 * earlier), the areas of need, a note. The API's field errors are shown by their fields.
 */
export function RnaForm(props: {
  supportCase: SupportCase;
  name: string;
  today: string;
  onCancel: () => void;
  onDone: (text: string) => void;
}) {
  const prefix = `rna-${props.supportCase.id}`;
  const [submittedOn, setSubmittedOn] = useState(props.today);
  const [needs, setNeeds] = useState<MoveOnArea[]>([]);
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = useAction(() =>
    gql(SUBMIT_RNA, {
      input: { supportCaseId: props.supportCase.id, submittedOn, needs, note: note.trim() || null },
    }),
  );
  useLayoutEffect(() => heading.current?.focus(), []);

  const field = submit.error?.field?.split('.').pop();
  const fieldError = field && field in FIELDS ? field : undefined;
  useLayoutEffect(() => {
    if (fieldError) document.getElementById(`${prefix}-${fieldError}`)?.focus();
  }, [submit.error, fieldError, prefix]);

  function errorFor(name: string) {
    if (fieldError !== name) return null;
    const message = submit.error!.message.replace(submit.error!.field!, FIELDS[name]);
    return (
      <p class="field-error" id={`${prefix}-${name}-error`}>
        {message}
      </p>
    );
  }
  const describedBy = (name: string) => (fieldError === name ? `${prefix}-${name}-error` : undefined);

  async function send(event: Event) {
    event.preventDefault();
    if (await submit.run()) props.onDone(`RNA for ${props.name} submitted: it is pending.`);
  }

  return (
    <form class="rna stack" noValidate onSubmit={send} aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} ref={heading} tabIndex={-1}>
        Recovery Needs Assessment for {props.name}
      </h3>
      <Field id={`${prefix}-submittedOn`} label="Submitted on">
        <input
          id={`${prefix}-submittedOn`}
          type="date"
          max={props.today}
          value={submittedOn}
          aria-invalid={fieldError === 'submittedOn' || undefined}
          aria-describedby={describedBy('submittedOn')}
          onInput={(e) => setSubmittedOn(e.currentTarget.value)}
        />
        {errorFor('submittedOn')}
      </Field>
      <fieldset aria-describedby={describedBy('needs')}>
        <legend>Needs</legend>
        {MOVE_ON_AREAS.map((area) => (
          <div class="check" key={area}>
            <input
              id={`${prefix}-need-${area}`}
              type="checkbox"
              checked={needs.includes(area)}
              onChange={(e) =>
                setNeeds((now) => (e.currentTarget.checked ? [...now, area] : now.filter((need) => need !== area)))
              }
            />
            <label for={`${prefix}-need-${area}`}>{label(area)}</label>
          </div>
        ))}
        {errorFor('needs')}
      </fieldset>
      <Field id={`${prefix}-note`} label="Note (optional)">
        <textarea
          id={`${prefix}-note`}
          rows={3}
          value={note}
          aria-invalid={fieldError === 'note' || undefined}
          aria-describedby={describedBy('note')}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        {errorFor('note')}
      </Field>
      {submit.error && !fieldError && <ErrorNotice error={submit.error} />}
      <div class="actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={submit.busy}>
          {submit.busy ? 'Submitting…' : 'Submit RNA'}
        </button>
      </div>
    </form>
  );
}
