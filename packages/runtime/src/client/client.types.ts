/**
 * The `DeskClient` interface lives beside `Runtime` (whose `client(actor)` returns it) so that the
 * two type modules do not import each other; this module is its public home.
 */
export type { DeskClient } from '../engine/runtime.types';
