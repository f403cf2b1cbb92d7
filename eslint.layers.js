// The layers inside the layers, as import-x/no-restricted-paths zones (used by eslint.config.js,
// drawn in docs/ARCHITECTURE.md, proved by test/unit/lint/layering.test.ts).
//
// shared/: a ladder of folders. A folder may import only folders on lower rungs (and itself);
// never one on its own rung or above. Bottom first:
export const SHARED_LADDER = [
  ['domain'], //                          zod schemas and types of the domain objects
  ['calendar', 'travel', 'matrix'], //     dates and bank holidays; travel model; impact/effort quadrants
  ['sla', 'plan', 'seed', 'review'], //    SLA clock; a day as a timed sequence; demo data; review triggers
  ['graph', 'charts'], //                  links, cycles, critical path, knock-on; chart series
  ['csv'], //                              the CSV formats (cycle check from graph)
  ['roster'], //                           who works when: patterns, overrides, the resolver, roster.csv
  ['rules'], //                            placement rules, PlanningWorld, PlanIndex, the snapshot
  ['coverage', 'kpi', 'pack', 'actuals', 'suggest'], // roster against the plan; plan KPIs; plan packs;
  //                                       plan against what happened; suggested operatives
  ['solver', 'governance'], //             the VRPTW engine and the diary scheduler; change control (rights, policy, deviations)
  ['api'], //                              the contract: names and schemas of every call
];

const rungOf = new Map(SHARED_LADDER.flatMap((rung, i) => rung.map((folder) => [folder, i])));

export const SHARED_ZONES = SHARED_LADDER.flat().flatMap((folder) => {
  const rung = rungOf.get(folder);
  const above = SHARED_LADDER.flat().filter((other) => other !== folder && rungOf.get(other) >= rung);
  if (above.length === 0) return [];
  const below = SHARED_LADDER.slice(0, rung).flat();
  return [
    {
      target: `./shared/${folder}`,
      from: above.map((f) => `./shared/${f}`),
      message: `shared/${folder} is on rung ${rung} of shared/'s ladder (eslint.layers.js) and may import only ${below.length ? `shared/{${below.join(',')}}` : 'zod'}.`,
    },
  ];
});

// electron/backend: store ← services ← api ← transports. workspace.ts composes store, services
// and the dispatcher, so it sits with api/.
const SERVICES = ['./electron/backend/!(api|store)/**', './electron/backend/!(workspace).ts'];
const TRANSPORTS = ['./electron/cli', './electron/host', './electron/shell'];

export const BACKEND_ZONES = [
  {
    target: './electron/backend/store',
    from: './electron/backend',
    except: ['./store'],
    message: 'The store is the bottom backend layer: it reads and writes SQLite and imports no service, handler or transport.',
  },
  {
    target: SERVICES,
    from: ['./electron/backend/api', './electron/backend/workspace.ts'],
    message:
      'Services sit below the API layer: move what both need into a service (a handler maps the contract onto services, never the reverse).',
  },
  {
    target: './electron/backend',
    from: TRANSPORTS,
    message: 'The backend knows no transport: the CLI, the browser host and the Electron shell call it through the dispatcher.',
  },
  {
    // Except what concerns the file itself, before or around any call: opening it (its refusals,
    // backups and restoring one) and who makes the calls (the actor the dispatcher runs them as).
    target: './electron/cli',
    from: './electron/backend/store',
    except: ['./backup.ts', './backup-restore.ts', './open-errors.ts', './sqlite-errors.ts', './actor.ts'],
    message:
      'The CLI is a transport: a workspace command calls the backend through the dispatcher (electron/cli/front-door.ts), never the store or a handler.',
  },
  {
    target: './electron/cli',
    from: './electron/backend/api/handlers',
    message:
      'The CLI is a transport: a workspace command calls the backend through the dispatcher (electron/cli/front-door.ts), never the store or a handler.',
  },
];
