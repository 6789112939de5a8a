import { expectFindings } from '../helpers';

// Regression: yaml-syntax findings sat where the parser gave up (column 1 of a later line, or
// the end of the file) instead of on the bracket or quote that is never closed.
describe('yaml-syntax points at the offending token', () => {
  const cases: [string, string][] = [
    ['an unclosed flow sequence', 'kind: StatefulSet\nspec:\n  replicas: «[»1, 2\n  foo: 1\n'],
    ['an unclosed flow map after a closed one', 'kind: S\na: «{»b: [1, 2], c: 3\nd: 1\n'],
    ['an unclosed double quote', 'kind: StatefulSet\nmetadata:\n  name: «"»web\n'],
    ['an unclosed single quote', "kind: StatefulSet\nmetadata:\n  name: «'»web\n"],
    ['a tab used as indentation stays on the tab', 'kind: StatefulSet\nspec:\n«\t»replicas: 1\n'],
    ['the second document of a file', 'kind: A\n---\nkind: B\nx: [1, 2]\ny: «[»3\nz: 1\n'],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('yaml-syntax', text));
});
