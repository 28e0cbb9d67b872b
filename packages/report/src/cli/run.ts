/** Runs the CLI from the TypeScript sources (inside the monorepo, through tsx). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
