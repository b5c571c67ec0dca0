import { languageName } from '../kit/languages';
import { words } from '../kit/words';
import type { Survivor } from './queries';

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
