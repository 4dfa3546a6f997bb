// Minors' data (admin): who opened which file, erasure after the retention period, a child's data export.
export function PrivacyPage() {
  return null;
}
