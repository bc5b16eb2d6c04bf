/** The storage adapter conformance suite for @deskkit/runtime. */
export const CONFORMANCE_SUITE = 'deskkit-storage-conformance';
