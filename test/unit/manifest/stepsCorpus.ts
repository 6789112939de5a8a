// Generated files for the tests of parsing in steps (updateSteps, lintInSlices): many small
// documents, some of which break rules, so the findings of a run show whether it was right.

/** A small deterministic generator (LCG) so failures replay from their seed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** Unit `i`: a headless Service and its StatefulSet; every fifth one has findings. */
function unitText(i: number): string {
  const app = `app${i}`;
  const bad = i % 5 === 0;
  return `---
apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  clusterIP: ${bad ? '10.0.0.1' : 'None'}
  selector:
    app: ${app}
  ports:
    - name: web
      port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${app}
spec:
  serviceName: ${app}
  replicas: ${bad ? -1 : 3}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      containers:
        - name: main
          image: nginx:${bad ? 'latest' : '1.27'}
          ports:
            - name: web
              containerPort: 80
`;
}

/** `units` units: `2 * units` documents. */
export function unitsYaml(units: number, from = 0): string {
  let text = '';
  for (let i = from; i < from + units; i++) text += unitText(i);
  return text;
}

/** A random edit: a character typed or deleted, a document marker, a paste of units, a cut. */
export function randomEdit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.35) return text.slice(0, at) + 'x:-" '[Math.floor(rnd() * 5)] + text.slice(at);
  if (r < 0.6) return text.slice(0, at) + text.slice(at + 1);
  if (r < 0.7) {
    const line = text.lastIndexOf('\n', at - 1) + 1;
    return text.slice(0, line) + '---\n' + text.slice(line);
  }
  if (r < 0.85) {
    const line = text.lastIndexOf('\n', at - 1) + 1;
    return text.slice(0, line) + unitsYaml(1 + Math.floor(rnd() * 8), 1000) + text.slice(line);
  }
  return text.slice(0, at) + text.slice(Math.min(text.length, at + Math.floor(rnd() * 3000)));
}
