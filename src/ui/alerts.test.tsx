import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorAlert } from './ErrorAlert';
import { ProblemsAlert } from './ProblemsAlert';

// Found with the bad-input corpus (tests/corpus/bidi-date.json, bidi-id.json): a U+202E quoted
// from a dataset reversed the rest of the line on screen, so the field path and reason read
// backwards. Alerts show such characters as code points.
describe('alerts quoting text from a dataset or a URL', () => {
  it('show a bidirectional override in a problem as its code point', () => {
    const html = renderToStaticMarkup(
      <ProblemsAlert
        problems={[
          {
            severity: 'error',
            path: 'events[1].date',
            index: 1,
            id: 'x\u202Ey',
            message: '"\u202E2024-01-21" is not a date of the form YYYY',
          },
        ]}
      />,
    );
    expect(html).not.toContain('\u202E');
    expect(html).toContain('Event 1 (“x⟨U+202E⟩y”)');
    expect(html).toContain('⟨U+202E⟩2024-01-21&quot; is not a date');
  });

  it('show one in a file or network error as its code point', () => {
    const html = renderToStaticMarkup(
      <ErrorAlert title="The dataset could not be loaded" message={'404 for \u202Enosj.x'} />,
    );
    expect(html).not.toContain('\u202E');
    expect(html).toContain('404 for ⟨U+202E⟩nosj.x');
  });
});
