export { baseFieldState, createFormEvaluator, evaluateForm } from './evaluator';
export { fieldPermissionsAt, formFieldNames } from './permissions';
export { applyPermissionsToSchema, pruneHidden } from './schema';
export { applyPermissionsToForm } from './view';
export { isEmptyValue, labelFor, validateFormData } from './validate';
export { loadPatternEngine, safeFormValidator } from './validators';
export { checkWritableFields, jsonEqual } from './writable';
export type { FieldAccess } from './writable';
export type {
  FieldState,
  FormEvaluation,
  FormEvaluator,
  FormEvaluatorOptions,
  FormValidator,
  FormValidatorOptions,
  ValidateFormDataOptions,
} from './form.types';
