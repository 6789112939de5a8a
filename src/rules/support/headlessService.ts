import { arrayAt, KubeObject, valueAt } from '../../manifest';
import { isDns1035Label, isPortName } from './labelSyntax';
import { podContainers } from './podContainers';
import { podSelectorLabels } from './podLabels';

/**
 * A headless Service for `set`: named after `spec.serviceName`, selecting the labels its pods
 * carry (`podSelectorLabels`), with one port per containerPort. Undefined when the name is not a
 * valid Service name or no valid selector can be built: the fix would write a new error.
 */
export function headlessServiceFor(set: KubeObject, name: string): Record<string, unknown> | undefined {
  const selector = podSelectorLabels(set);
  if (!isDns1035Label(name) || !selector) return undefined;
  const ports: Record<string, unknown>[] = [];
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const c of podContainers(set)) {
    for (const p of arrayAt(c.value, ['ports'])) {
      const port = valueAt(p, ['containerPort']);
      if (typeof port !== 'number') continue;
      if (!Number.isInteger(port) || port < 1 || port > 65535) continue;
      const written = valueAt(p, ['name']);
      const protocol = valueAt(p, ['protocol']);
      const portName = typeof written === 'string' && isPortName(written) ? written : `port-${port}`;
      // Service ports need unique names and unique port/protocol pairs.
      const key = `${port}/${typeof protocol === 'string' ? protocol : 'TCP'}`;
      if (names.has(portName) || numbers.has(key)) continue;
      names.add(portName);
      numbers.add(key);
      ports.push({
        name: portName,
        port,
        ...(typeof protocol === 'string' && protocol !== 'TCP' ? { protocol } : {}),
      });
    }
  }
  const metadata: Record<string, unknown> = { name };
  if (set.namespace) metadata.namespace = set.namespace;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: {
      clusterIP: 'None',
      selector,
      // A headless Service may have no ports; inventing one would publish a wrong SRV record.
      ...(ports.length ? { ports } : {}),
    },
  };
}
