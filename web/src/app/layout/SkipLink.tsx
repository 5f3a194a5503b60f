/**
 * The first thing a keyboard user reaches: jumps past the header and navigation.
 * `#main` has tabIndex -1, so the browser moves focus there.
 */
export function SkipLink() {
  return (
    <a href="#main" className="skip-link">
      Skip to main content
    </a>
  );
}
