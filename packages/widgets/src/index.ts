/**
 * @deskkit/widgets
 *
 * @packageDocumentation
 */
export const WIDGETS_VERSION = '0.1.0';
