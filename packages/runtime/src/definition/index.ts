export { definitionSchema } from './schema';
export type { DefinitionSchema } from './schema';
export { lintDefinition, workingDay } from './lint';
export type { LintOptions } from './lint';
export {
  assertValidDefinition,
  externalReferences,
  subworkflowKeys,
  validateDefinition,
} from './validate';
export type {
  DefinitionValidation,
  ExternalReferences,
  ValidateDefinitionOptions,
} from './validate';
export { expressionSites, fieldSites } from './walk';
export type { ExpressionSite, FieldSite } from './walk';
export { renameField } from './rename';
export { diffDefinitions } from './diff';
export type { DefinitionChange, DefinitionChangeArea, DefinitionDiff } from './diff';
