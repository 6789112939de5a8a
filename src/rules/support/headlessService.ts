import { arrayAt, KubeObject, stringMapAt, valueAt } from '../../manifest';
import { podContainers } from './podContainers';

/**
 * A headless Service for `set`: named after `spec.serviceName`, selecting `matchLabels`, with
 * one port per named containerPort (all containerPorts when none is named).
 */
export function headlessServiceFor(set: KubeObject, name: string): Record<string, unknown> {
  const ports: Record<string, unknown>[] = [];
  for (const c of podContainers(set)) {
    for (const p of arrayAt(c.value, ['ports'])) {
      const port = valueAt(p, ['containerPort']);
      if (typeof port !== 'number') continue;
      const portName = valueAt(p, ['name']);
      const protocol = valueAt(p, ['protocol']);
      ports.push({
        ...(typeof portName === 'string' ? { name: portName } : { name: `port-${port}` }),
        port,
        ...(typeof protocol === 'string' && protocol !== 'TCP' ? { protocol } : {}),
      });
    }
  }
  const selector =
    stringMapAt(set.value, ['spec', 'selector', 'matchLabels']) ??
    stringMapAt(set.value, ['spec', 'template', 'metadata', 'labels']) ??
    {};
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
