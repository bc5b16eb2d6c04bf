export { DEFAULT_EXPRESSION_LIMITS, compileExpression, parseExpression } from './compile';
export { evaluate, evaluateCondition, toBoolean } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { expressionFields, expressionReferences, renameFieldInExpression } from './references';
export type {
  ExpressionContext,
  ExpressionLimits,
  FieldReference,
  ParseResult,
} from './expression.types';
