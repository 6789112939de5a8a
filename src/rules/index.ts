import { activeDeadlineForbidden } from './activeDeadlineForbidden';
import { invalidCount } from './invalidCount';
import { invalidEnum } from './invalidEnum';
import { invalidLabel } from './invalidLabel';
import { invalidMaxUnavailable } from './invalidMaxUnavailable';
import { invalidName } from './invalidName';
import { invalidServiceName } from './invalidServiceName';
import { removedApiVersion } from './removedApiVersion';
import { restartPolicy } from './restartPolicy';
import { rollingUpdateWithOnDelete } from './rollingUpdateWithOnDelete';
import { selectorMismatch } from './selectorMismatch';
import { selectorMissing } from './selectorMissing';
import { Rule } from './types';
import { wrongFieldType } from './wrongFieldType';

/** Every rule, in documentation order. Add new rules here. */
export const ALL_RULES: readonly Rule[] = [
  // API-server rejects
  removedApiVersion,
  selectorMissing,
  selectorMismatch,
  invalidLabel,
  restartPolicy,
  activeDeadlineForbidden,
  invalidName,
  invalidCount,
  invalidEnum,
  rollingUpdateWithOnDelete,
  invalidMaxUnavailable,
  invalidServiceName,
  wrongFieldType,
];

/** Looks a rule up by id. */
export function getRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

export * from './types';
