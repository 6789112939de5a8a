// The run as text: the pod lines `kubectl get pods -w` would print, interleaved with the events
// and the controller's waiting sentences, in time order. Opened with the transcript grammar.

import type { RunHistory } from './runHistory';

const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s.padEnd(n));

/** Formats a replayed run as a transcript; at one moment, events come before pod lines. */
export function formatTranscript(run: RunHistory): string {
  const nameWidth = Math.max(6, ...run.watch.map((w) => w.pod.length)) + 2;
  const statusWidth = Math.max(8, ...run.watch.map((w) => w.status.length)) + 2;
  const entries: { time: number; rank: number; order: number; text: string }[] = [];
  const add = (time: number, rank: number, text: string) =>
    entries.push({ time, rank, order: entries.length, text });
  for (const e of run.events) {
    add(e.time, 0, `  ${e.time}s  ${e.type}  ${e.reason}  ${e.object}  ${e.message}`);
  }
  for (const w of run.watch) {
    const time = pad(`${w.time}s`, 7);
    add(
      w.time,
      1,
      `${pad(w.pod, nameWidth)}${pad(w.ready, 7)}${pad(w.status, statusWidth)}${time}${w.revision}`,
    );
  }
  for (const w of run.waits) add(w.time, 2, `  ${w.time}s  Waiting  ${w.sentence}`);
  entries.sort((a, b) => a.time - b.time || a.rank - b.rank || a.order - b.order);
  const header =
    `${pad('NAME', nameWidth)}${pad('READY', 7)}${pad('STATUS', statusWidth)}` +
    `${pad('TIME', 7)}REVISION`;
  return [
    `# StatefulSet ${run.namespace}/${run.setName}: simulated run, ${run.endTime}s of virtual time`,
    header,
    ...entries.map((e) => e.text),
    '',
  ].join('\n');
}
