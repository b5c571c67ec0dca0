import { useRef, useState } from 'preact/hooks';
import { focusFirstError } from './parts';
import { useHeadingFocus } from '../kit/focus';
import { Results } from './results';
import { SearchFormView } from './search-form';
import { summary } from './search-words';
import type { SearchForm } from './store';
import { useHold } from './use-hold';
import { useSearch } from './use-search';

/** Search: where and who first, more needs on request; results as cards, kept live; one tap holds a bed. */
export function SearchView(props: { meId: string }) {
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // The bed went to someone else: the results are run again, and the heading takes the focus if nothing has it.
  const onTaken = useRef<() => Promise<void>>(() => Promise.resolve());
  const holding = useHold(props.meId, () => onTaken.current());
  const search = useSearch(holding.loadOwnHolds);
  const [editing, setEditing] = useState(!search.run);
  onTaken.current = async () => {
    await search.refresh(false);
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) resultsHeading.current?.focus();
    });
  };

  async function run(override?: Partial<SearchForm>) {
    holding.clear();
    const errors = await search.search(override);
    if (!errors) {
      setEditing(false);
      requestAnimationFrame(() => resultsHeading.current?.focus());
    } else if (Object.keys(errors).length > 0) {
      setEditing(true);
    }
    return errors;
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Find a bed
      </h1>
      {editing || !search.run ? (
        <SearchFormView
          form={search.form}
          setForm={search.setForm}
          errors={search.errors}
          error={search.error}
          searching={search.searching}
          onSearch={() => run()}
          onCancel={search.run ? () => setEditing(false) : undefined}
        />
      ) : (
        <>
          <section class="card search-summary" aria-label="Your search">
            <p>{summary(search.run, search.form)}</p>
            <button type="button" onClick={() => setEditing(true)}>
              Change search
            </button>
          </section>
          <Results
            run={search.run}
            announcement={search.announcement}
            live={search.live}
            online={search.online}
            error={search.error}
            ownHolds={holding.ownHolds}
            hold={{
              state: holding.state,
              onHold: (result, bed) => holding.hold({ run: search.run!, bed, safehouseId: result.safehouse.id }),
              onTryAgain: holding.tryAgain,
              onGiveUp: holding.giveUp,
            }}
            searching={search.searching}
            headingRef={resultsHeading}
            onRefresh={() => void search.refresh(true)}
            onWiden={async (radiusKm) => {
              search.setForm({ radiusKm: String(radiusKm) });
              const errors = await run({ radiusKm: String(radiusKm) });
              if (errors) focusFirstError(errors);
            }}
          />
        </>
      )}
    </>
  );
}
