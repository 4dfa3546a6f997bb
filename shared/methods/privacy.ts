// Minors' data: the access log, erasure after the retention period, a child's own data on request.
export const privacyMethods = {};
