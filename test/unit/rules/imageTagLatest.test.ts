import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const img = (i: string) => statefulSet().replace('image: nginx:1.27', `image: ${i}`);

describe('rule image-tag-latest', () => {
  const cases: [string, string][] = [
    ['tagged', img('nginx:1.27')],
    ['registry with port and tag', img('registry.local:5000/web:2.1')],
    ['digest', img('nginx@sha256:0123456789abcdef')],
    ['no tag', img('«nginx»')],
    ['latest', img('«nginx:latest»')],
    ['registry port, no tag', img('«registry.local:5000/web»')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('image-tag-latest', text));
});
