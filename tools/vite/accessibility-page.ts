import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import type { Plugin } from 'vite';

// The accessibility statement (docs/accessibility.md) as a page of the build, beside index.html,
// so the app's About can link to it wherever the build is hosted, and beside the single-file
// build's page (opened from a folder: hence "./index.html", not "./", to go back). A plain page:
// its own small style sheet (a strict policy allows no inline style), no script.

const STYLE = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.55; }
body { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
a { color: LinkText; }
h1 { font-size: 1.8rem; line-height: 1.2; }
h2 { margin-top: 2rem; font-size: 1.3rem; }
li { margin-block: 0.4rem; }
code { font-size: 0.95em; }
a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
`;

export function accessibilityPage(markdownPath: string): Plugin {
  return {
    name: 'bilateral:accessibility-page',
    apply: 'build',
    async generateBundle() {
      const markdown = readFileSync(markdownPath, 'utf8');
      const body = await marked.parse(markdown);
      const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Accessibility statement';
      this.emitFile({ type: 'asset', fileName: 'accessibility.css', source: STYLE });
      this.emitFile({
        type: 'asset',
        fileName: 'accessibility.html',
        source: `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — Bilateral</title>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="./accessibility.css" />
  </head>
  <body>
    <main>
${body}
      <p><a href="./index.html">Back to the timeline</a></p>
    </main>
  </body>
</html>
`,
      });
    },
  };
}
