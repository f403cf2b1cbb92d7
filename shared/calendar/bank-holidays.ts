// England & Wales bank holidays as plain data (source: gov.uk/bank-holidays).
// Kept as a literal list rather than computed: substitute days and one-off royal holidays are
// proclaimed, not derived, so a rule engine would eventually be wrong. Extend year by year.

/** The range the holiday list below is complete for; working-day maths refuses to go outside it. */
export const CALENDAR_FIRST_DATE = '2026-01-01';
export const CALENDAR_LAST_DATE = '2028-12-31';

export const ENGLAND_WALES_BANK_HOLIDAYS: readonly { date: string; name: string }[] = [
  // 2026 (Easter Sunday 5 April)
  { date: '2026-01-01', name: "New Year's Day" },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' }, // 26 Dec is a Saturday
  // 2027 (Easter Sunday 28 March)
  { date: '2027-01-01', name: "New Year's Day" },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' }, // 25 Dec is a Saturday
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' }, // 26 Dec is a Sunday
  // 2028 (Easter Sunday 16 April)
  { date: '2028-01-03', name: "New Year's Day (substitute day)" }, // 1 Jan is a Saturday
  { date: '2028-04-14', name: 'Good Friday' },
  { date: '2028-04-17', name: 'Easter Monday' },
  { date: '2028-05-01', name: 'Early May bank holiday' },
  { date: '2028-05-29', name: 'Spring bank holiday' },
  { date: '2028-08-28', name: 'Summer bank holiday' },
  { date: '2028-12-25', name: 'Christmas Day' },
  { date: '2028-12-26', name: 'Boxing Day' },
];
