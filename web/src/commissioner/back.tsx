/**
 * "Back" goes where the commissioner came from: the quality overview, or the list of inspections.
 * The page before is remembered from the hash change that left it; opened straight from an address
 * (a bookmark, a new tab) there is none in this page, so Back falls to the quality overview.
 */
let cameFrom: string | null = null;

addEventListener('hashchange', (event) => {
  cameFrom = new URL(event.oldURL).hash || '#/quality';
});

const VIEW_WORDS: Record<string, string> = {
  quality: 'quality',
  inspections: 'inspections',
  inspection: 'the inspection',
};

function viewOf(hash: string): string {
  return hash.replace(/^#\/?/, '').split('/')[0] || 'quality';
}

export function BackLink() {
  const target = cameFrom ?? '#/quality';
  const words = VIEW_WORDS[viewOf(target)] ?? 'quality';
  return (
    <a
      href={target}
      onClick={(event) => {
        // history.back() restores the exact entry (and the scroll the browser kept for it); the href is the
        // same place for a new tab or a middle click.
        if (cameFrom === null || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        history.back();
      }}
    >
      Back to {words}
    </a>
  );
}
