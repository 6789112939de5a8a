import * as assert from 'node:assert/strict';

/** Time and heap growth of one bounded operation. */
export interface Measured<T> {
  result: T;
  millis: number;
  heapMb: number;
}

/**
 * Runs `fn`, prints its figures (they go into docs/reliability.md) and asserts the time and heap
 * limits. Limits are generous: the machine is shared, the point is "no hang, no blow-up".
 */
export function withinLimits<T>(label: string, limits: { millis: number; heapMb: number }, fn: () => T): Measured<T> {
  const heapBefore = process.memoryUsage().heapUsed;
  const began = performance.now();
  const result = fn();
  const millis = Math.round(performance.now() - began);
  const heapMb = Math.max(0, Math.round((process.memoryUsage().heapUsed - heapBefore) / 1048576));
  // Figures for the reliability write-up; tests otherwise print nothing.
  console.log(`      bounds: ${label}: ${millis} ms, +${heapMb} MB heap`);
  assert.ok(millis <= limits.millis, `${label} took ${millis} ms (limit ${limits.millis} ms)`);
  assert.ok(heapMb <= limits.heapMb, `${label} grew the heap by ${heapMb} MB (limit ${limits.heapMb} MB)`);
  return { result, millis, heapMb };
}
