// Version 7: undo per actor. Each undoable step records who made it (an app window, a CLI
// user); steps from before this version keep actor NULL and stay undoable by anyone.
export const up = `
ALTER TABLE history ADD COLUMN actor TEXT;
CREATE INDEX history_by_actor ON history (actor, state, id);
`;
