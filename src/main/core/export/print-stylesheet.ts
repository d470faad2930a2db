/**
 * The print stylesheet of a pack (PDF and HTML): a serif body at a comfortable measure, clear
 * headings, no UI chrome. Page size and margins are set when printing; the footer (page numbers,
 * generation date) is the printer's, see pdfFooterTemplate.
 */
export const PRINT_STYLESHEET = `
:root { color-scheme: light; }
html { background: #fff; color: #1d1d1b; }
body {
  font-family: Georgia, 'Iowan Old Style', 'DejaVu Serif', 'Liberation Serif', 'Noto Serif', serif;
  font-size: 11.5pt;
  line-height: 1.55;
  max-width: 36em;
  margin: 2.5em auto;
  padding: 0 1.5em;
  overflow-wrap: break-word;
  hyphens: manual;
}
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.7em; }
h2 { font-size: 1.35em; }
h3 { font-size: 1.15em; }
h4, h5, h6 { font-size: 1em; }
p { margin: 0 0 0.8em; orphans: 3; widows: 3; }
a { color: inherit; text-decoration: underline; }
blockquote { margin: 0 0 0.8em; padding-left: 1em; border-left: 3px solid #b9b4a9; font-style: italic; color: #3c3a36; }
hr { border: none; border-top: 1px solid #b9b4a9; margin: 1.6em 0; }
ul, ol { margin: 0 0 0.8em; padding-left: 1.6em; }
li > ul, li > ol { margin: 0.2em 0 0; }
ul.check { list-style: none; padding-left: 0.4em; }
ul.check ul.check { padding-left: 1.6em; }
.box { display: inline-block; width: 1.3em; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
.cover { min-height: 60vh; break-after: page; page-break-after: always; padding-top: 18vh; }
.cover h1 { font-size: 2.2em; margin: 0 0 1.2em; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35em 1.2em; margin: 0 0 2em; }
.cover dt { color: #5b5750; }
.cover dd { margin: 0; }
.cover .note { white-space: pre-wrap; }
.contents { break-after: page; page-break-after: always; }
.contents ol { list-style: none; padding-left: 0; }
.contents ol ol { padding-left: 1.2em; margin-bottom: 0.6em; }
.day > h1 { border-bottom: 1px solid #d8d3c8; padding-bottom: 0.2em; }
.entry { margin-bottom: 2em; }
.meta { color: #5b5750; font-size: 0.9em; margin-top: -0.3em; }
@media screen { html { background: #f3f1ec; } body { background: #fff; padding: 2em 2.5em; } }
`;
