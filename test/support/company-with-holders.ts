import type { DatabaseKind } from './databases';
import { todayAndTomorrow } from './dates';
import { holdersByShare } from './register';
import { COMPANY, startTestApp, type TestApp } from './test-app';

/** The synthetic company's app for a test file, the day (UK) it runs on, and who holds each share that day. */
export interface CompanyWithHolders {
  readonly app: TestApp;
  /** Today in the UK, YYYY-MM-DD. */
  readonly today: string;
  /** The member holding each share in issue today, by share number. */
  readonly holders: Map<number, string>;
}

/**
 * Starts the synthetic company's app on `kind` of database for the test file (beforeAll), reads today
 * and the holder of each share in issue today, and closes the app after (afterAll). Returns the
 * company to use inside the file's tests and hooks: each property reads the one started, so it is
 * called at the top of the file's describe, before the app exists. `post` sends a body as the secretary
 * to a path under the company (`resolutions`, `meetings/…/attendance`).
 */
export function useCompanyWithHolders(kind: DatabaseKind): CompanyWithHolders & { post(path: string, body: object): ReturnType<TestApp['http']['post']> } {
  let company: CompanyWithHolders | undefined;
  beforeAll(async () => {
    const app = await startTestApp(kind);
    const { today } = await todayAndTomorrow();
    company = { app, today, holders: await holdersByShare(app, today) };
  }, 180_000);
  afterAll(() => company?.app.close());
  const started = (): CompanyWithHolders => {
    if (!company) throw new Error('the company is not started: use it inside a test or a hook');
    return company;
  };
  return {
    get app() {
      return started().app;
    },
    get today() {
      return started().today;
    },
    get holders() {
      return started().holders;
    },
    post: (path, body) => started().app.http.post(`/api/companies/${COMPANY}/${path}`).set(started().app.auth('secretary')).send(body),
  };
}
