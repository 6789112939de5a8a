import {
  allObjects,
  KubeObject,
  OffsetRange,
  parseManifest,
  ParsedManifest,
  PathSegment,
  resolveSettings,
  StudioSettings,
  valueAt,
} from '../manifest';
import { describeIdentity, namespaceOf, resolveService, SetIdentity } from '../engine/identity';
import { getPvcName, ordinalRange } from '../engine/naming';
import { replicasOf } from './codeLens';
import { documentationOf } from './completion';
import { documentAround } from './cursorContext';
import { docPath, fieldDoc } from './fieldDocs';
import { describeLocation, LanguageContext, wholeManifest } from './languageContext';
import { locate } from './locate';
import { schemaFieldDoc } from './schemaFields';

/** Markdown hover text and the range it belongs to. */
export interface HoverResult {
  markdown: string;
  range: OffsetRange;
}

/** Pods listed in a hover before "… and N more". */
export const HOVER_POD_CAP = 5;

/**
 * Hover for a StatefulSet field: its documentation; on `metadata.name`, `spec.replicas` and
 * `spec.ordinals` the pods, PVCs and DNS names they produce; on `spec.serviceName` the Service it
 * resolves to. On a Service's name, the StatefulSets it governs. Undefined elsewhere.
 */
export function hoverAt(
  text: string,
  offset: number,
  context: LanguageContext = {},
): HoverResult | undefined {
  const source = context.source ?? '<input>';
  // Only the YAML document under the cursor is parsed, so hovers stay cheap in huge files.
  const docRange = documentAround(text, offset);
  const local = parseManifest(text.slice(docRange.start, docRange.end), source);
  const at = locate(local, offset - docRange.start);
  if (!at || at.path.length === 0) return undefined;
  const settings = resolveSettings(context.settings);
  const shift = (r: OffsetRange) => ({
    start: r.start + docRange.start,
    end: r.end + docRange.start,
  });
  if (at.object.kind === 'Service' && at.path.join('.') === 'metadata.name') {
    const markdown = governedSection(at.object, text, settings, context);
    return markdown ? { markdown, range: shift(at.range) } : undefined;
  }
  if (at.object.kind !== 'StatefulSet') return undefined;
  const sections: string[] = [];
  const doc = fieldDoc(at.path) ?? schemaFieldDoc('StatefulSet', at.path);
  if (doc) sections.push(`**${docPath(at.path)}**\n\n${documentationOf(doc)}`);
  const field = at.path.join('.');
  if (field === 'metadata.name' || field === 'spec.replicas' || field.startsWith('spec.ordinals')) {
    sections.push(
      replicasOf(at.object.value) === undefined
        ? '`spec.replicas` is not a whole number, so the pods cannot be listed.'
        : identitySection(describeIdentity(at.object, [], settings, HOVER_POD_CAP)),
    );
  } else if (field === 'spec.serviceName') {
    const whole = wholeManifest(text, context);
    const objects = [...allObjects(whole), ...(context.otherObjects ?? [])];
    sections.push(serviceSection(at.object, objects, settings, whole, context));
  } else if (isClaimTemplateName(at.path)) {
    sections.push(claimSection(at.object, valueAt(at.object.value, at.path)));
  }
  const markdown = sections.filter((s) => s !== '').join('\n\n---\n\n');
  return markdown === '' ? undefined : { markdown, range: shift(at.range) };
}

/** On a Service's name: the StatefulSets that use it as their governing Service. */
function governedSection(
  service: KubeObject,
  text: string,
  settings: StudioSettings,
  context: LanguageContext,
): string {
  const whole = wholeManifest(text, context);
  const namespace = namespaceOf(service, settings);
  const sets = [...allObjects(whole), ...(context.otherObjects ?? [])].filter(
    (o) =>
      o.kind === 'StatefulSet' &&
      valueAt(o.value, ['spec', 'serviceName']) === service.name &&
      namespaceOf(o, settings) === namespace,
  );
  if (sets.length === 0) return '';
  const headless = valueAt(service.value, ['spec', 'clusterIP']) === 'None';
  const lines = [`Governing Service of ${sets.length === 1 ? 'StatefulSet' : 'StatefulSets'}:`, ''];
  for (const set of sets.slice(0, HOVER_POD_CAP)) {
    lines.push(`- \`${set.name ?? ''}\` at ${describeLocation(set, whole, context)}`);
  }
  if (!headless)
    lines.push('', 'It is not headless (`clusterIP: None`): the pods get no per-pod DNS names.');
  return lines.join('\n');
}

function identitySection(id: SetIdentity): string {
  if (id.totalPods === 0) return `No pods: \`${id.name}\` has 0 replicas.`;
  const lines = [
    `**Pods** (${id.totalPods}) in namespace \`${id.namespace}\`${id.namespaceDefaulted ? ' (default)' : ''}:`,
    '',
  ];
  for (const pod of id.pods) {
    const pvcs = pod.pvcs.map((p) => `\`${p.name}\``).join(', ');
    const dns = pod.dnsName ? ` — \`${pod.dnsName}\`` : '';
    lines.push(`- \`${pod.name}\`${dns}${pvcs ? ` — PVC ${pvcs}` : ''}`);
  }
  if (id.totalPods > id.pods.length) lines.push(`- … and ${id.totalPods - id.pods.length} more`);
  if (!id.serviceName) lines.push('', 'No `spec.serviceName`: the pods get no per-pod DNS names.');
  return lines.join('\n');
}

function serviceSection(
  set: KubeObject,
  objects: readonly KubeObject[],
  settings: StudioSettings,
  manifest: ParsedManifest,
  context: LanguageContext,
): string {
  const name = valueAt(set.value, ['spec', 'serviceName']);
  if (typeof name !== 'string' || name === '') return '';
  const namespace = namespaceOf(set, settings);
  const svc = resolveService(name, namespace, objects, settings);
  if (!svc.found || !svc.object) {
    return `No Service \`${name}\` in namespace \`${namespace}\` among this file, open files and the workspace.`;
  }
  const where = describeLocation(svc.object, manifest, context);
  const kind = svc.headless
    ? 'headless'
    : 'not headless (`clusterIP` is not `None`): no per-pod DNS records';
  const lines = [
    `Resolves to Service \`${name}\` at ${where}, ${kind}.`,
    '',
    `Service DNS: \`${svc.dnsName}\``,
  ];
  for (const srv of svc.srv.slice(0, HOVER_POD_CAP)) lines.push(`- SRV \`${srv.name}\``);
  return lines.join('\n');
}

function isClaimTemplateName(path: PathSegment[]): boolean {
  return (
    path.length === 5 &&
    path[0] === 'spec' &&
    path[1] === 'volumeClaimTemplates' &&
    path[3] === 'metadata' &&
    path[4] === 'name'
  );
}

function claimSection(set: KubeObject, claim: unknown): string {
  if (typeof claim !== 'string' || !set.name) return '';
  const replicas = valueAt(set.value, ['spec', 'replicas']);
  const start = valueAt(set.value, ['spec', 'ordinals', 'start']);
  const { first, end } = ordinalRange(
    typeof start === 'number' ? start : 0,
    typeof replicas === 'number' ? replicas : 1,
  );
  const names: string[] = [];
  for (let o = first; o < end && names.length < HOVER_POD_CAP; o++)
    names.push(`\`${getPvcName(claim, set.name, o)}\``);
  const more = end - first > names.length ? `, … and ${end - first - names.length} more` : '';
  return names.length === 0
    ? 'No PVCs: the set has 0 replicas.'
    : `**PVCs**: ${names.join(', ')}${more}`;
}
