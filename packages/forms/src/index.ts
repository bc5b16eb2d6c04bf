/**
 * @deskkit/forms
 *
 * @packageDocumentation
 */
export const FORMS_VERSION = '0.1.0';
