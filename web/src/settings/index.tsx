import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api';
import type { NotificationChannel } from '../gql/graphql';
import { described, ErrorField, fieldError, formError } from '../kit/form';
import { useAction, useQuery } from '../kit/hooks';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import type { Me } from '../session';
import { PushControl } from './push-control';
import { ON_CALL_MAILBOX, PREFERENCES, SET_ON_CALL_MAILBOX, SET_PREFERENCE } from './queries';
import { CHANNELS, TOPIC_WORDS, topicsToShow, withChannel, type TopicChoice } from './topics';
import './settings.css';

/**
 * `#/settings`, for everyone signed in: what they are told of and how (per topic, by email and by
 * push), push on this device, and for a coordinator the provider's on-call mailbox.
 */
export function SettingsView(props: { me: Me }) {
  useTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <PushControl />
      {props.me.role === 'PROVIDER_COORDINATOR' && props.me.organisation && (
        <OnCallMailbox providerId={props.me.organisation.id} />
      )}
      <Topics me={props.me} />
    </>
  );
}

function Topics(props: { me: Me }) {
  const query = useQuery(PREFERENCES, {});
  const [choices, setChoices] = useState<TopicChoice[] | undefined>();
  const [said, setSaid] = useState('');
  const save = useAction((choice: TopicChoice) => gql(SET_PREFERENCE, choice));
  useEffect(() => {
    if (query.data) setChoices(topicsToShow(props.me.role, query.data.myNotificationPreferences));
  }, [query.data, props.me.role]);

  async function toggle(choice: TopicChoice, channel: NotificationChannel, on: boolean) {
    const wanted = { topic: choice.topic, channels: withChannel(choice.channels, channel, on) };
    const replace = (next: TopicChoice) =>
      setChoices((list) => list?.map((item) => (item.topic === next.topic ? next : item)));
    replace(wanted); // the box shows what was asked at once; put back if Haven refuses
    setSaid('');
    const answer = await save.run(wanted);
    const stored = answer?.setNotificationPreference ?? choice;
    replace(stored);
    if (answer) setSaid(`Saved: ${TOPIC_WORDS[stored.topic].name.toLowerCase()}, ${heardBy(stored.channels)}.`);
  }

  return (
    <section aria-labelledby="topics-heading" class="settings-section">
      <h2 id="topics-heading">What you are told of</h2>
      <ErrorNotice error={query.error} />
      {!choices && query.loading && <Loading label="Loading your notifications…" />}
      {choices && choices.length === 0 && <p>Your role has no notifications to choose.</p>}
      {choices && choices.length > 0 && (
        <>
          <p class="hint">Each is sent by email, by push to the phones where you turned notifications on, or both.</p>
          {choices.map((choice) => (
            <fieldset key={choice.topic} class="topic" aria-describedby={`${choice.topic}-when`}>
              <legend>{TOPIC_WORDS[choice.topic].name}</legend>
              <p class="hint" id={`${choice.topic}-when`}>
                {TOPIC_WORDS[choice.topic].when}
              </p>
              <div class="row">
                {CHANNELS.map(({ channel, label }) => {
                  const id = `${choice.topic}-${channel}`;
                  return (
                    <div class="check" key={channel}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={choice.channels.includes(channel)}
                        disabled={save.busy}
                        onChange={(event) => void toggle(choice, channel, event.currentTarget.checked)}
                      />
                      <label for={id}>{label}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </>
      )}
      <ErrorNotice error={save.error} />
      <p role="status" class={said ? 'notice notice-good' : 'visually-hidden'}>
        {said}
      </p>
    </section>
  );
}

function heardBy(channels: NotificationChannel[]): string {
  if (channels.length === 0) return 'not sent to you';
  return `by ${CHANNELS.filter((c) => channels.includes(c.channel))
    .map((c) => c.label.toLowerCase())
    .join(' and ')}`;
}

const MAILBOX_HINT =
  'Every new or overdue referral is sent here too, as well as to each coordinator. Leave empty for none.';

/** The provider's shared on-call mailbox: told of every referral, like the coordinators. */
function OnCallMailbox(props: { providerId: string }) {
  const query = useQuery(ON_CALL_MAILBOX, { id: props.providerId });
  const [value, setValue] = useState<string | undefined>();
  const [said, setSaid] = useState('');
  const save = useAction((onCallEmail: string | null) =>
    gql(SET_ON_CALL_MAILBOX, { id: props.providerId, onCallEmail }),
  );
  const stored = query.data?.provider?.onCallEmail ?? '';
  const shown = value ?? stored;
  const error = fieldError(save.error, 'onCallEmail');

  async function submit(event: Event) {
    event.preventDefault();
    setSaid('');
    const answer = await save.run(shown.trim() === '' ? null : shown.trim());
    if (!answer) return;
    const now = answer.updateProvider.onCallEmail ?? '';
    setValue(now);
    setSaid(now ? `Saved: referrals also go to ${now}.` : 'Saved: no on-call mailbox.');
  }

  return (
    <section aria-labelledby="on-call-heading" class="settings-section">
      <h2 id="on-call-heading">On-call mailbox</h2>
      <ErrorNotice error={query.error} />
      {query.loading && !query.data ? (
        <Loading label="Loading the on-call mailbox…" />
      ) : (
        <form onSubmit={submit} class="stack" noValidate>
          <ErrorField id="on-call-email" label="On-call email address" hint={MAILBOX_HINT} error={error}>
            <input
              id="on-call-email"
              type="email"
              autocomplete="email"
              value={shown}
              onInput={(event) => setValue(event.currentTarget.value)}
              {...described('on-call-email', error, MAILBOX_HINT)}
            />
          </ErrorField>
          <ErrorNotice error={formError(save.error, ['onCallEmail'])} />
          <button type="submit" disabled={save.busy}>
            {save.busy ? 'Saving…' : 'Save the mailbox'}
          </button>
          <p role="status" class={said ? 'notice notice-good' : 'visually-hidden'}>
            {said}
          </p>
        </form>
      )}
    </section>
  );
}
