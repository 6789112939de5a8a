// The run as text: the pod lines `kubectl get pods -w` would print, interleaved with the events
// and the controller's waiting sentences, in time order. Opened with the transcript grammar.

import type { RunHistory } from './runHistory';

const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s.padEnd(n));

/** Formats a replayed run as a transcript. */
export function formatTranscript(run: RunHistory): string {
  const nameWidth = Math.max(6, ...run.watch.map((w) => w.pod.length)) + 2;
  const statusWidth = Math.max(8, ...run.watch.map((w) => w.status.length)) + 2;
  type Entry = { time: number; order: number; text: string };
  const entries: Entry[] = [];
  let order = 0;
  for (const w of run.watch) {
    entries.push({
      time: w.time,
      order: order++,
      text:
        `${pad(w.pod, nameWidth)}${pad(w.ready, 7)}` +
        `${pad(w.status, statusWidth)}${pad(`${w.time}s`, 7)}${w.revision}`,
    });
  }
  for (const e of run.events) {
    entries.push({
      time: e.time,
      order: order++,
      text: `  ${e.time}s  ${e.type}  ${e.reason}  ${e.object}  ${e.message}`,
    });
  }
  for (const w of run.waits)
    entries.push({ time: w.time, order: order++, text: `  ${w.time}s  Waiting  ${w.sentence}` });
  entries.sort((a, b) => a.time - b.time || a.order - b.order);
  const header = `${pad('NAME', nameWidth)}${pad('READY', 7)}${pad('STATUS', statusWidth)}${pad('TIME', 7)}REVISION`;
  return [
    `# StatefulSet ${run.namespace}/${run.setName}: simulated run, ${run.endTime}s of virtual time`,
    header,
    ...entries.map((e) => e.text),
    '',
  ].join('\n');
}
