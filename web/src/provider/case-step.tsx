import type { ComponentChildren } from 'preact';
import { ErrorNotice } from '../kit/ui';
import { ErrorField, described, type formError } from '../kit/form';

/** What a step says when it is recorded: shown at the top of the case, which reloads. */
export type Done = (message: string) => void;

/** A step behind a disclosure, so the case reads first on a phone. */
export function Step(props: {
  title: string;
  open?: boolean;
  busy: boolean;
  submit: string;
  error?: ReturnType<typeof formError>;
  onSubmit: () => void;
  children: ComponentChildren;
}) {
  return (
    <details class="step card" open={props.open}>
      <summary>{props.title}</summary>
      <form
        class="stack"
        noValidate
        aria-label={props.title}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}
        <ErrorNotice error={props.error} />
        <button type="submit" class="primary wide" disabled={props.busy}>
          {props.busy ? 'Saving…' : props.submit}
        </button>
      </form>
    </details>
  );
}

export function Note(props: { id: string; value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <ErrorField id={props.id} label="Note (optional)" error={props.error}>
      <textarea
        id={props.id}
        rows={2}
        value={props.value}
        onInput={(event) => props.onChange(event.currentTarget.value)}
        {...described(props.id, props.error)}
      />
    </ErrorField>
  );
}
