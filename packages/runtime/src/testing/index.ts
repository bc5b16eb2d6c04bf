/**
 * `@deskkit/runtime/testing`: the storage adapter conformance suite and its fixtures.
 *
 * @packageDocumentation
 */
export { describeStorageConformance } from './conformance';
export type { StorageConformanceOptions } from './conformance';

/** The storage adapter conformance suite for @deskkit/runtime. */
export const CONFORMANCE_SUITE = 'deskkit-storage-conformance';
