import { fieldRange } from '../manifest';
import { podContainers } from './support/podContainers';
import { Rule } from './types';

/** The tag of an image reference, '' when none; digests count as pinned. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return colon < 0 ? '' : image.slice(colon + 1);
}

/** `latest` or no tag: every pod restart may run a different version. */
export const imageTagLatest: Rule = {
  id: 'image-tag-latest',
  defaultSeverity: 'warning',
  summary: 'A container image has no tag or uses latest.',
  kinds: ['StatefulSet'],
  description:
    'A moving tag lets pods of one set run different versions after restarts, and a ' +
    'template change is needed to roll out on purpose. Stateful data formats make this risky.',
  example: 'containers:\n  - name: db\n    image: postgres',
  fix: 'Pin a version tag or a digest (image: postgres:17.2).',
  check(ctx) {
    for (const c of podContainers(ctx.object, true)) {
      const image = c.value.image;
      if (typeof image !== 'string' || image === '') continue;
      const tag = imageTag(image);
      if (tag !== '' && tag !== 'latest') continue;
      ctx.report(
        fieldRange(ctx.object, [...c.path, 'image']),
        `image "${image}" ${tag === '' ? 'has no tag' : 'uses the latest tag'}; pin a version.`,
      );
    }
  },
};
