import { findingMessagesEn } from './findings.en';

/**
 * The runtime's own user-facing messages in English: one per error code (`DeskkitError.code`),
 * written for the person in front of the screen, not for the developer.
 */
export const runtimeMessagesEn = {
  'error.DEFINITION_INVALID':
    '{count, plural, =0 {This workflow definition is not valid.} one {This workflow definition has # problem. Fix it and try again.} other {This workflow definition has # problems. Fix them and try again.}}',
  'error.VALIDATION_FAILED':
    '{count, plural, =0 {Some of the values are not valid.} one {# field needs attention before this can be saved.} other {# fields need attention before this can be saved.}}',
  'error.PERMISSION_DENIED':
    '{count, plural, =0 {You are not allowed to do this.} one {You are not allowed to change {fields}.} other {You are not allowed to change these fields: {fields}.}}',
  'error.ACTION_NOT_ALLOWED': 'This action is not available at this step.',
  'error.CONFLICT':
    'Someone else changed this ticket in the meantime. Reload it to see the latest version, then try again.',
  'error.NOT_FOUND': 'This item does not exist, or you may not see it.',
  'error.EXPRESSION_FAILED': 'A condition or computed value could not be evaluated.',
  'error.expressionDetail': 'A condition or computed value could not be evaluated: {detail}',
  'error.STORAGE_FAILED': 'The change could not be saved. Try again in a moment.',
  'error.RATE_LIMITED':
    '{seconds, plural, =0 {Too many requests. Wait a moment and try again.} one {Too many requests. Try again in # second.} other {Too many requests. Try again in # seconds.}}',
  'error.UNAUTHENTICATED': 'Your session has ended. Sign in again.',
  'error.BAD_REQUEST': 'The request could not be understood.',
  'error.PAYLOAD_TOO_LARGE': 'What you sent is too large.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'What you sent is not in a format Deskkit accepts.',
  'error.INTERNAL':
    'Something went wrong. Try again; if it keeps happening, contact your administrator.',
  'error.unknown': 'Something went wrong: {message}',
  ...findingMessagesEn,
} as const;

/** A key of the runtime's catalog. */
export type RuntimeMessageKey = keyof typeof runtimeMessagesEn;

/** A complete runtime catalog for one locale. */
export type RuntimeMessages = Record<RuntimeMessageKey, string>;
