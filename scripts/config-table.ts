/**
 * Prints the README's configuration table, generated from the schema in
 * apps/api/src/config/environment.ts: `npm run docs:config`. A test checks that the README has it.
 */
import { environmentTable } from '../apps/api/src/config/environment';

console.log(environmentTable());
