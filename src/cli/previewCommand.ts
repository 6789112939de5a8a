import { ParsedManifest, positionAt, resolveSettings, StudioSettings } from '../manifest';
import { plainObjects } from '../rules/lint';
import { describeIdentity, SetIdentity } from '../engine/identity';
import { CliIo } from './cliIo';
import { SETTINGS_OPTIONS, settingsFromArgs } from './cliSettings';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './lintCommand';
import { skippedNotes, skippedTemplates } from './lintFiles';
import { parseArgs, UsageError } from './parseArgs';
import { readInputs } from './readInputs';

/** Pods listed per StatefulSet; larger sets say how many more there are. */
export const PREVIEW_MAX_PODS = 1000;

/**
 * `preview <file>`: for each StatefulSet its name, namespace, serviceName, governing Service and
 * pods (ordinal, hostname, DNS name, PVC names). YAML errors (documents with them are not
 * previewed, aliases past the limit included) go to stderr with exit 1; exit 2 when the file
 * cannot be read.
 */
export async function runPreview(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    ...SETTINGS_OPTIONS,
    format: { type: 'value', choices: ['text', 'json'] },
  });
  if (args.positionals.length !== 1) throw new UsageError('preview takes exactly one file (or -)');
  const settings = resolveSettings(settingsFromArgs(args, io));
  const { inputs, problems } = await readInputs(args.positionals, io);
  for (const p of problems) io.stderr(`statefulset-studio: ${p}\n`);
  if (inputs.length === 0) return EXIT_USAGE;
  const manifest = inputs[0].manifest;
  const objects = plainObjects(manifest);
  const skipped = skippedTemplates(inputs);
  if (skipped.length > 0) io.stderr(skippedNotes(skipped));
  const broken = yamlErrors(manifest);
  for (const line of broken) io.stderr(`statefulset-studio: ${inputs[0].label}:${line}\n`);

  const sets = objects
    .filter((o) => o.kind === 'StatefulSet')
    .map((set) => describeIdentity(set, objects, settings, PREVIEW_MAX_PODS));
  if (args.values.get('format') === 'json')
    io.stdout(`${JSON.stringify({ statefulSets: sets.map(toJson) }, null, 2)}\n`);
  else io.stdout(previewText(sets, inputs[0].label, settings, broken.length > 0));
  return broken.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** `line:col: message` for each YAML error of a document that is not a template. */
function yamlErrors(manifest: ParsedManifest): string[] {
  const out: string[] = [];
  for (const d of manifest.documents) {
    if (d.templated) continue;
    for (const p of d.syntaxProblems) {
      if (p.severity !== 'error') continue;
      const at = positionAt(manifest.lineStarts, p.range.start);
      out.push(`${at.line + 1}:${at.character + 1}: YAML error: ${p.message}`);
    }
  }
  return out;
}

function toJson(s: SetIdentity): unknown {
  return {
    name: s.name,
    namespace: s.namespace,
    namespaceDefaulted: s.namespaceDefaulted,
    serviceName: s.serviceName ?? null,
    service: s.service
      ? {
          name: s.service.name,
          found: s.service.found,
          headless: s.service.headless,
          dnsName: s.service.dnsName,
          srv: s.service.srv.map((r) => ({
            name: r.name,
            port: r.port ?? null,
            protocol: r.protocol,
          })),
        }
      : null,
    replicas: s.replicas,
    totalPods: s.totalPods,
    pods: s.pods.map((p) => ({
      ordinal: p.ordinal,
      name: p.name,
      hostname: p.hostname,
      dnsName: p.dnsName ?? null,
      pvcs: p.pvcs.map((c) => c.name),
    })),
  };
}

/** The preview as indented text for a terminal. */
export function previewText(
  sets: readonly SetIdentity[],
  label: string,
  settings: StudioSettings,
  yamlErrors = false,
): string {
  if (sets.length === 0 && yamlErrors)
    return `${label}: no StatefulSet could be read: the file has YAML errors (see above).\n`;
  if (sets.length === 0) return `${label}: no StatefulSet found.\n`;
  const out: string[] = [];
  for (const s of sets) {
    const ns = s.namespaceDefaulted
      ? `${s.namespace} (defaulted; metadata.namespace is not set)`
      : s.namespace;
    out.push(`StatefulSet ${s.name || '(unnamed)'}`, `  namespace:   ${ns}`);
    out.push(`  serviceName: ${s.serviceName ?? '(not set: pods get no per-pod DNS names)'}`);
    if (s.service) {
      const state = !s.service.found
        ? `not found in namespace ${s.namespace}`
        : s.service.headless
          ? 'found, headless'
          : 'found, NOT headless (clusterIP is not None)';
      out.push(`  service:     ${s.service.dnsName} (${state})`);
      for (const r of s.service.srv)
        out.push(`    SRV ${r.name}${r.port === undefined ? '' : ` -> port ${r.port}`}`);
    }
    out.push(
      `  pods:        ${s.totalPods} (replicas ${s.replicas}${s.startOrdinal ? `, ordinals from ${s.startOrdinal}` : ''})`,
    );
    for (const p of s.pods) {
      out.push(`    [${p.ordinal}] ${p.name}`, `        hostname: ${p.hostname}`);
      out.push(`        dns:      ${p.dnsName ?? '(none)'}`);
      if (p.pvcs.length > 0) out.push(`        pvcs:     ${p.pvcs.map((c) => c.name).join(', ')}`);
    }
    if (s.totalPods > s.pods.length)
      out.push(`    ... and ${s.totalPods - s.pods.length} more pods`);
  }
  out.push(
    '',
    `Cluster domain ${settings.clusterDomain}, Kubernetes ${settings.kubernetesVersion}.`,
  );
  return `${out.join('\n')}\n`;
}
