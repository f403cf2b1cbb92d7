export { DEFAULT_SEED_OPTIONS, generateSeed, type SeedData, type SeedOptions } from './generate';
export { canDo, workingDates } from './place-diary';
export { mulberry32, type Rng } from './prng';
export { LEEDS_CENTRE } from './leeds';
