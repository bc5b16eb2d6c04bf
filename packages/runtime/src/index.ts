/**
 * @deskkit/runtime — the headless ITSM engine.
 *
 * @packageDocumentation
 */
export const RUNTIME_VERSION = '0.1.0';
