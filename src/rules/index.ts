import { activeDeadlineForbidden } from './activeDeadlineForbidden';
import { claimTemplateIncomplete } from './claimTemplateIncomplete';
import { claimTemplateUnused } from './claimTemplateUnused';
import { decimalStorageSize } from './decimalStorageSize';
import { duplicateEnv } from './duplicateEnv';
import { duplicateObject } from './duplicateObject';
import { imageTagLatest } from './imageTagLatest';
import { invalidCount } from './invalidCount';
import { invalidEnum } from './invalidEnum';
import { invalidLabel } from './invalidLabel';
import { invalidMaxUnavailable } from './invalidMaxUnavailable';
import { invalidName } from './invalidName';
import { invalidQuantity } from './invalidQuantity';
import { invalidServiceName } from './invalidServiceName';
import { maxUnavailableGateOff } from './maxUnavailableGateOff';
import { nameTooLongForPods } from './nameTooLongForPods';
import { negativeRevisionHistory } from './negativeRevisionHistory';
import { noAntiAffinity } from './noAntiAffinity';
import { noPodDisruptionBudget } from './noPodDisruptionBudget';
import { noReadinessProbe } from './noReadinessProbe';
import { noResourceRequests } from './noResourceRequests';
import { partitionAboveReplicas } from './partitionAboveReplicas';
import { pdbBlocksDisruption } from './pdbBlocksDisruption';
import { peerDnsNotPublished } from './peerDnsNotPublished';
import { probePortUnknown } from './probePortUnknown';
import { removedApiVersion } from './removedApiVersion';
import { restartPolicy } from './restartPolicy';
import { rollingUpdateWithOnDelete } from './rollingUpdateWithOnDelete';
import { schemaValidation } from './schemaValidation';
import { selectorMatchesNothing } from './selectorMatchesNothing';
import { selectorMismatch } from './selectorMismatch';
import { selectorMissing } from './selectorMissing';
import { serviceNotFound } from './serviceNotFound';
import { serviceNotHeadless } from './serviceNotHeadless';
import { servicePortsUnnamed } from './servicePortsUnnamed';
import { serviceSelectorMismatch } from './serviceSelectorMismatch';
import { Rule } from './types';
import { volumeMountUnknown } from './volumeMountUnknown';
import { wrongFieldType } from './wrongFieldType';
import { yaml11NonString } from './yaml11NonString';
import { zeroGracePeriod } from './zeroGracePeriod';

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
  yaml11NonString,
  // accepted, but the cluster trips
  nameTooLongForPods,
  volumeMountUnknown,
  claimTemplateUnused,
  claimTemplateIncomplete,
  invalidQuantity,
  decimalStorageSize,
  maxUnavailableGateOff,
  partitionAboveReplicas,
  zeroGracePeriod,
  negativeRevisionHistory,
  peerDnsNotPublished,
  // across documents
  duplicateObject,
  serviceNotFound,
  serviceNotHeadless,
  serviceSelectorMismatch,
  servicePortsUnnamed,
  selectorMatchesNothing,
  pdbBlocksDisruption,
  // practice
  noReadinessProbe,
  noAntiAffinity,
  noPodDisruptionBudget,
  noResourceRequests,
  imageTagLatest,
  probePortUnknown,
  duplicateEnv,
  // structure
  schemaValidation,
];

/** Looks a rule up by id. */
export function getRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

export * from './types';
