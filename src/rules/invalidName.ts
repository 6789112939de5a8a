import { fieldRange, valueAt } from '../manifest';
import { isDnsLabel, isDnsSubdomain } from './support/labelSyntax';
import { Rule } from './types';
import { replaceValue, scalarText } from './support/replaceValue';

const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** The name syntax the API server applies to each kind, and how to say it. */
const NAME_RULES: Record<string, { valid: (n: string) => boolean; what: string; max: number }> = {
  StatefulSet: { valid: isDnsLabel, what: 'a DNS-1123 label', max: 63 },
  Service: { valid: (n) => n.length <= 63 && DNS_1035.test(n), what: 'a DNS-1035 label', max: 63 },
  PodDisruptionBudget: { valid: isDnsSubdomain, what: 'a DNS-1123 subdomain', max: 253 },
};

/** Names must follow the kind's DNS syntax; a StatefulSet's prefixes pod names and hostnames. */
export const invalidName: Rule = {
  id: 'invalid-name',
  defaultSeverity: 'error',
  summary: 'metadata.name does not follow the DNS name syntax the API server requires.',
  kinds: ['StatefulSet', 'Service', 'PodDisruptionBudget'],
  description:
    'StatefulSet names must be RFC 1123 labels (lowercase letters, digits and "-", alphanumeric at ' +
    'both ends, at most 63 characters); Service names RFC 1035 labels (the same, starting with a ' +
    'letter); PodDisruptionBudget names DNS subdomains (labels joined by dots, at most 253).',
  example: 'metadata:\n  name: Web_Tier',
  fix: 'Rename with lowercase letters, digits and "-".',
  check(ctx) {
    const name = valueAt(ctx.object.value, ['metadata', 'name']);
    const rule = NAME_RULES[ctx.object.kind];
    if (!rule || typeof name !== 'string' || name === '' || rule.valid(name)) return;
    const range = fieldRange(ctx.object, ['metadata', 'name']);
    const why =
      name.length > rule.max
        ? `is ${name.length} characters (at most ${rule.max})`
        : `is not ${rule.what}`;
    const fixed = name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(ctx.object.kind === 'Service' ? /^[-0-9]+|-+$/g : /^-+|-+$/g, '')
      .slice(0, 52)
      .replace(/-+$/, '');
    const edit =
      fixed && rule.valid(fixed) && fixed !== name
        ? replaceValue(ctx.manifest, ctx.object, ['metadata', 'name'], scalarText(fixed))
        : undefined;
    const fixes = edit ? [{ title: `Rename to ${fixed}`, preferred: false, edits: [edit] }] : [];
    ctx.report(range, `metadata.name "${name}" ${why}.`, fixes);
  },
};
