// Long work cut into slices, so that a caller on the editor's thread yields between them.

/**
 * Runs `steps` to its end in slices of about `sliceMs`, awaiting `pause()` between slices; gives
 * up (undefined) when `isStale()` holds after a pause, leaving `steps` where it was. Otherwise the
 * value the steps returned.
 */
export async function runInSlices<R>(
  steps: Iterator<void, R>,
  pause: () => Promise<void>,
  isStale: () => boolean,
  sliceMs: number,
): Promise<{ value: R } | undefined> {
  let sliceStart = Date.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { value: step.value };
    if (Date.now() - sliceStart < sliceMs) continue;
    await pause();
    if (isStale()) return undefined;
    sliceStart = Date.now();
  }
}

/** Runs `steps` to its end at once and returns their value. */
export function runAtOnce<R>(steps: Iterator<void, R>): R {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
