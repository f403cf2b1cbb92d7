// Entry point of `npm run planwright -- …` (tests call runCli directly).
import { runCli } from './run';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
