// A console section before the first read of extension storage has answered.

export function LoadingSection({ titleId, title }: { titleId: string; title: string }) {
  return (
    <section aria-labelledby={titleId} aria-busy="true">
      <h2 id={titleId}>{title}</h2>
      <p role="status">Loading the active ruleset…</p>
    </section>
  );
}
