/**
 * `@deskkit/runtime/ajv`: the ajv-based {@link FormValidator}, kept out of the main entry so that
 * hosts that validate with the eval-free default do not ship ajv.
 *
 * @example
 * ```ts
 * import { validateFormData } from '@deskkit/runtime';
 * import { ajvFormValidator } from '@deskkit/runtime/ajv';
 * validateFormData(form, data, evaluation, { validator: ajvFormValidator });
 * ```
 * @packageDocumentation
 */
export { ajvFormValidator } from './form/ajvValidator';
export type { FormValidator } from './form/form.types';
