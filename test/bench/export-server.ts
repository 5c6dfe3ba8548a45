/**
 * Benchmark child: the real Margin app on an existing database. Prints `{port}` when ready.
 * Usage: tsx export-server.ts '<DbConfig JSON>'
 */
import { openBenchDb, serveBench } from './child-app';

const { config, db } = await openBenchDb(process.argv[2]);
await serveBench(config, db, (port) => ({ port }));
