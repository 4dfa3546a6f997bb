// Care records: the surrogate parents' due list, records, follow-ups, coverage and birthdays.
export function CarePage() {
  return null;
}
