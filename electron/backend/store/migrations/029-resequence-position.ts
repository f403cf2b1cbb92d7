// Version 29 (issue 15): a resequence request names the position it asks for in the day
// (0 = first), so applying or approving it reorders the diary instead of only recording it.
export const up = `
ALTER TABLE change_requests ADD COLUMN to_sequence INTEGER CHECK (to_sequence IS NULL OR to_sequence >= 0);
`;
