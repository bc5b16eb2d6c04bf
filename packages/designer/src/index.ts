/**
 * @deskkit/designer
 *
 * @packageDocumentation
 */
export const DESIGNER_VERSION = '0.1.0';
