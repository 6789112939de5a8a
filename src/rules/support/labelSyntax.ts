// Syntax checks of Kubernetes names, label keys and label values (apimachinery validation).

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** An RFC 1123 label: at most 63 lowercase alphanumerics or `-`, alphanumeric at both ends. */
export function isDnsLabel(s: string): boolean {
  return s.length <= 63 && DNS_LABEL.test(s);
}

/** An RFC 1123 subdomain: dot-separated labels, at most 253 characters. */
export function isDnsSubdomain(s: string): boolean {
  return s.length <= 253 && DNS_SUBDOMAIN.test(s);
}

/** Label keys already checked: a file repeats the same few keys on every object. */
const checkedKeys = new Map<string, boolean>();
const MAX_CHECKED_KEYS = 4096;

/** A label or annotation key: an optional DNS-subdomain prefix and `/`, then a name of ≤ 63. */
export function isLabelKey(key: string): boolean {
  let valid = checkedKeys.get(key);
  if (valid === undefined) {
    if (checkedKeys.size >= MAX_CHECKED_KEYS) checkedKeys.clear();
    checkedKeys.set(key, valid = labelKeySyntax(key));
  }
  return valid;
}

function labelKeySyntax(key: string): boolean {
  const slash = key.indexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (slash >= 0 && !isDnsSubdomain(key.slice(0, slash))) return false;
  return name.length <= 63 && NAME_PART.test(name);
}

/** A label value: empty, or at most 63 characters of the same alphabet as a key's name part. */
export function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && NAME_PART.test(value));
}

/** A field path as users write it: `spec.volumeClaimTemplates[0].spec.resources`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** An RFC 1035 label (a Service name): an RFC 1123 label that starts with a letter. */
export function isDns1035Label(s: string): boolean {
  return s.length <= 63 && DNS_1035_LABEL.test(s);
}

const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** An IANA service name (a named port): ≤ 15 lowercase alphanumerics or `-`, one letter at least. */
export function isPortName(s: string): boolean {
  return s.length <= 15 && PORT_NAME.test(s) && /[a-z]/.test(s) && !s.includes('--');
}
