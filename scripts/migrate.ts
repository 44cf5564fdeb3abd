import { configOrExit } from './config-or-exit';
import { openScriptDatabase } from './database-for-scripts';

const env = configOrExit();
const database = await openScriptDatabase(env, { migrate: true });
await database.close();
console.log(`Migrations applied to ${env.embeddedDatabase ? `the embedded database in ${env.DATA_DIR}` : 'DATABASE_URL'}.`);
