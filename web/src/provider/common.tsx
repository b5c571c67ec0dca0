import { useEffect, useRef } from 'preact/hooks';
import { formatDay, londonDay, words } from '../format';
import type { Survivor } from './queries';

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "Sat 28 Mar" for a YYYY-MM-DD (noon UTC is the same London day all year). */
export function formatDate(day: string): string {
  return formatDay(`${day}T12:00:00Z`);
}

/** "today", "tomorrow", "Sat 28 Mar". */
export function relativeDay(day: string, today = londonDay()): string {
  const diff = daysBetween(today, day);
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return formatDate(day);
}

const LANGUAGES = new Intl.DisplayNames(['en-GB'], { type: 'language' });

export function languageName(code: string): string {
  try {
    return LANGUAGES.of(code) ?? code;
  } catch {
    return code;
  }
}

export function survivorName(survivor: { preferredName: string | null; reference: string | null } | null): string {
  if (!survivor) return 'Details not shared';
  return survivor.preferredName ?? (survivor.reference ? `Ref. ${survivor.reference}` : 'Name not given');
}

/** What the referral says about the person, as the API lets the provider see it. */
export function SurvivorSummary(props: { survivor: Survivor | null }) {
  const { survivor } = props;
  if (!survivor) return <p class="meta">The person's details are not shared with you.</p>;
  const facts = [
    words(survivor.gender),
    survivor.dependants > 0
      ? `${survivor.dependants} dependant${survivor.dependants === 1 ? '' : 's'}`
      : 'no dependants',
    survivor.languages.length ? `speaks ${survivor.languages.map(languageName).join(', ')}` : null,
    `NRM: ${words(survivor.nrmStatus)}`,
    survivor.prefersWorkerGender ? `prefers a ${words(survivor.prefersWorkerGender)} worker` : null,
  ].filter(Boolean);
  return (
    <>
      <p class="meta">{facts.join(' · ')}</p>
      {survivor.accessibilityNeeds && <p class="meta">Access needs: {survivor.accessibilityNeeds}</p>}
      {survivor.reference && survivor.preferredName && <p class="meta">Referrer's ref. {survivor.reference}</p>}
    </>
  );
}

/**
 * A status line announced politely when it changes. After an action the card acted on may be gone,
 * so focus moves here: keyboard and screen-reader users keep their place.
 */
export function Status(props: { message: string | null; tone?: 'good' | 'warn' }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (props.message) ref.current?.focus();
  }, [props.message]);
  return (
    <p
      ref={ref}
      tabIndex={-1}
      class={props.message ? `notice notice-${props.tone ?? 'good'}` : 'visually-hidden'}
      role="status"
    >
      {props.message ?? ''}
    </p>
  );
}

/** Calls `reload` when `version` moves on (a live change in the provider's houses), not on first render. */
export function useReloadOn(version: number, reload: () => void) {
  const first = useRef(version);
  useEffect(() => {
    if (version !== first.current) reload();
  }, [version, reload]);
}

/** Says so when a list shows only its first page. */
export function Truncated(props: { shown: number; total: number; what: string }) {
  if (props.total <= props.shown) return null;
  return (
    <p class="notice notice-warn">
      Showing the first {props.shown} of {props.total} {props.what}. Answer these first; the rest follow.
    </p>
  );
}
