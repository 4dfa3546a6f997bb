// The weekly export to the school office, the register (台账), importing bundles, and backups.
export function ExportsPage() {
  return null;
}
