import { arrayAt, fieldRange, valueAt } from '../manifest';
import { podContainers } from './support/podContainers';
import { closestName } from './support/closestName';
import { Fix, Rule } from './types';
import { replaceValue, scalarText } from './support/replaceValue';

const PROBES = ['readinessProbe', 'livenessProbe', 'startupProbe'];
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'];

/** A probe that names a port the container does not declare can never succeed. */
export const probePortUnknown: Rule = {
  id: 'probe-port-unknown',
  defaultSeverity: 'warning',
  summary: 'A probe refers to a named port the container does not expose.',
  kinds: ['StatefulSet'],
  description:
    "Named probe ports are resolved against the container's own ports list; an unknown " +
    'name makes the probe fail, so the pod never becomes Ready (or is restarted forever).',
  example:
    'ports:\n  - name: http\n    containerPort: 8080\nreadinessProbe:\n  httpGet:\n    port: web',
  fix:
    "Use a port name from the container's ports (offered when it has only one, or one is a " +
    'close match), or the port number.',
  check(ctx) {
    for (const c of podContainers(ctx.object, true)) {
      // The container's port names, gathered on the first named probe port.
      let names: Set<unknown> | undefined;
      for (const probe of PROBES) {
        const handlers = c.value[probe];
        if (handlers === null || typeof handlers !== 'object') continue;
        for (const handler of HANDLERS) {
          const port = valueAt(handlers, [handler, 'port']);
          if (typeof port !== 'string') continue;
          names ??= new Set(arrayAt(c.value, ['ports']).map((p) => valueAt(p, ['name'])));
          if (names.has(port) || /^\d+$/.test(port)) continue;
          const path = [...c.path, probe, handler, 'port'];
          const range = fieldRange(ctx.object, path);
          const named = [...names].filter((n): n is string => typeof n === 'string' && n !== '');
          // With one named port there is nothing else the probe can have meant.
          const near = named.length === 1 ? named[0] : closestName(port, named);
          const edit = near && replaceValue(ctx.manifest, ctx.object, path, scalarText(near));
          const fixes: Fix[] = edit
            ? [{ title: `Change to ${near}`, preferred: true, edits: [edit] }]
            : [];
          ctx.report(
            range,
            `${probe}.${handler}.port "${port}" is not a port name of container ` +
              `"${String(c.value.name ?? '')}".`,
            fixes,
          );
        }
      }
    }
  },
};
