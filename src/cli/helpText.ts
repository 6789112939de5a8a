/** Exit codes, shown under every command's help. */
const EXIT_CODES = `Exit codes:
  0  no error findings
  1  at least one finding of severity error
  2  bad usage, a malformed config file, or an input that could not be read
     (the other inputs are still processed)`;

const SETTINGS = `Settings (override .statefulset-studio.yaml, found upward from the working folder):
  --kubernetes-version V   1.33, 1.34 or 1.35, optionally with a patch (1.35.2)
  --cluster-domain D       cluster DNS domain (default cluster.local)
  --default-namespace N    namespace for objects without metadata.namespace (default "default")
  --rule ID=LEVEL          off | info | warning | error; repeatable (unknown ids: a warning)
  --strict                 also report fields the Kubernetes schema does not know
  --config FILE            use this config file instead of searching for one
  --no-config              ignore config files`;

const INPUTS = `Inputs: files, folders (every *.yaml / *.yml below, skipping node_modules and .git),
quoted globs ("deploy/**/*.yaml") and - for standard input. Objects of all inputs are seen
together, so a Service in one file governs a StatefulSet in another.`;

/** Help for each command, by name; `''` is the overview. */
export const HELP: Record<string, string> = {
  '': `statefulset-studio: check and preview Kubernetes StatefulSets from the command line.

Usage: statefulset-studio <command> [options]   (options may also come before the command)

Commands:
  lint      report problems in manifests (text, JSON or SARIF)
  fix       apply the preferred quick fix of every finding
  preview   show the pods, hostnames, DNS names and PVCs a StatefulSet will get
  simulate  run a scenario through the simulated StatefulSet controller

Run "statefulset-studio <command> --help" for a command's options and an example.

Examples:
  statefulset-studio lint manifests/
  statefulset-studio lint "k8s/**/*.yaml" --format sarif > results.sarif
  statefulset-studio preview web.yaml

Config file .statefulset-studio.yaml (same settings as the VS Code extension):
  kubernetesVersion: "1.34"
  clusterDomain: cluster.local
  defaultNamespace: default
  rules: {no-readiness-probe: off}
  featureGates: {MaxUnavailableStatefulSet: true}
  strict: false            # true: unknown fields are findings too
  schemaValidation: auto   # auto | on | off: the schema rule (auto means on here)

Inline suppression works too: "# statefulset-studio-disable-next-line rule-id" above a line,
or the annotation statefulset-studio.io/disable: "rule-id,other-id".

${EXIT_CODES}
`,
  lint: `Usage: statefulset-studio lint <inputs...> [--format text|json|sarif] [settings]

Reports every finding as file:line:col  severity  rule-id  message, then a summary.
  --format text    for people (colour when standard output is a terminal; NO_COLOR turns it off)
  --format json    {"findings": [{"file", "ruleId", "severity", "message",
                   "range": {"start": {"line", "character"}, "end": {...}}}]}, 0-based,
                   "skipped": [{"file", "documents": [1-based numbers; [] = whole file]}]

Helm/Go templates are not linted: a document with template syntax outside comments and quoted
text, or a file under a chart's templates/ folder, is skipped with a note on stderr.
  --format sarif   SARIF 2.1.0 with rule metadata and 1-based regions on the offending field

${INPUTS}

${SETTINGS}

Examples:
  statefulset-studio lint web.yaml db.yaml
  kubectl get sts -o yaml | statefulset-studio lint -
  statefulset-studio lint . --rule no-readiness-probe=off --kubernetes-version 1.34

${EXIT_CODES}
`,
  fix: `Usage: statefulset-studio fix <inputs...> [--dry-run] [--all] [settings]

Applies the preferred quick fix of every error and warning finding and writes the files back.
Standard input (-) is fixed to standard output. Findings without an automatic fix are left for you.
  --dry-run        print a unified diff of what would change; write nothing
  --all            also apply the fixes of info findings (readiness probe skeleton, pod
                   anti-affinity, a PodDisruptionBudget): they add new behaviour, so opt in
  --include-info   same as --all

${INPUTS}

${SETTINGS}

Example:
  statefulset-studio fix web.yaml --dry-run

Exit codes: 0 when no errors are left, 1 when errors without a fix remain, 2 as for lint.
`,
  preview: `Usage: statefulset-studio preview <file> [--format text|json] [settings]

For each StatefulSet in the file: name, namespace (marked when defaulted), serviceName, the
governing Service (found? headless?) with its SRV names, and every pod with its ordinal,
hostname, DNS name and PVC names.

${SETTINGS}

Example:
  statefulset-studio preview web.yaml --cluster-domain example.internal --format json

YAML errors (an alias limit hit included) are reported on stderr and the documents that have
them are not previewed; Helm/Go template documents are skipped with a note.

Exit codes: 0 on success, 1 when the file has YAML errors, 2 for bad usage or an unreadable file.
`,
  simulate: `Usage: statefulset-studio simulate <scenario.yaml> [--format text|json]

Runs a scenario file (apply, run, scale, partition, deletePod, failPod, loseNode,
deleteStatefulSet steps) through the simulated StatefulSet controller. Text output reads
like "kubectl get pods -w" plus the events; it is the transcript format that VS Code
highlights (language statefulset-transcript, files *.sstrace).

Example:
  statefulset-studio simulate examples/scenarios/rollout.yaml > rollout.sstrace

Exit codes: 0 on success, 2 for bad usage, an unreadable or a malformed scenario.
`,
};
