import { restartPolicy } from './restartPolicy';
import { selectorMismatch } from './selectorMismatch';
import { Rule } from './types';

/** Every rule, in documentation order. Add new rules here. */
export const ALL_RULES: readonly Rule[] = [
  selectorMismatch,
  restartPolicy,
];

/** Looks a rule up by id. */
export function getRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

export * from './types';
