/**
 * A test file whose set-up fails part-way must not take the rest of the run with it: an app left
 * running on a PGlite directory that is then removed loses the directory's lock, and the service
 * stops its process on that by design (two writers on one directory lose data). Removing a test
 * database first closes any app still running on it.
 */
import { bootApp, testSettings } from './support/boot';
import { createTestDatabase } from './support/databases';

describe('a test database removed under an app left running (PGlite)', () => {
  it('closes the app before its data directory goes', async () => {
    const database = await createTestDatabase('pglite', 'company');
    const app = await bootApp(testSettings({ databaseUrl: null, dataDir: database.dataDir }));
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer() as import('node:http').Server;
    expect(server.listening).toBe(true);
    // As a failed beforeAll leaves it: the app is never closed by the file, only its database dropped.
    await database.drop();
    expect(server.listening).toBe(false);
  }, 180_000); // a first PGlite boot on a loaded machine has taken over a minute
});
