import { flat, pageTexts } from '../../libs/reports/test/read-pdf';
import type { TestApp } from './test-app';
import type { Role } from '../../apps/api/src/auth/roles';

/** The bytes of a PDF the service serves at `path` to `role` (200 and `application/pdf` checked). */
export async function downloadPdf(t: TestApp, path: string, role: Role = 'auditor'): Promise<Buffer> {
  const res = await t.http
    .get(path)
    .set(t.auth(role))
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200)
    .expect('content-type', /application\/pdf/);
  return res.body as Buffer;
}

/** The text of every page of that PDF, read back with pdf-parse, whitespace flattened. */
export async function pdfText(t: TestApp, path: string, role: Role = 'auditor'): Promise<string> {
  return flat((await pageTexts(await downloadPdf(t, path, role))).join('\n'));
}
