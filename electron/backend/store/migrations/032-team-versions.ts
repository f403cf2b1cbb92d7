// Version 32 (issue 17): publishing as a team. A workstation keeps the team's signing key (the
// minisign public key the team server signs every version with) beside its link, to verify
// the team's packs against it.
export const up = `
ALTER TABLE team_link ADD COLUMN public_key TEXT;
`;
