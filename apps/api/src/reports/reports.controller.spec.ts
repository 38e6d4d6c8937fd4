import { Readable } from 'node:stream';
import type { Response } from 'supertest';
import { expectUnauthenticated, get, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { LedgerExportService } from './ledger-export.service';
import type { ReportFile } from './report-file';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ResolutionCopyService } from './resolution-copy.service';

const C = '/api/companies/demo-company';
const PDF_BYTES = Buffer.from('%PDF-1.3 synthetic');
const PDF_SHA256 = 'd'.repeat(64);
/** A document as the services hand it over: a stream, read once, so a fresh one for every call. */
const pdf = async (): Promise<ReportFile> => ({ filename: 'report.pdf', contentType: 'application/pdf', body: Readable.from([PDF_BYTES]), sha256: PDF_SHA256, length: PDF_BYTES.length });
const EXPORT_SHA256 = 'e'.repeat(64);

describe('reports and exports over HTTP, with the services replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [ReportsController], services: [ReportsService, ResolutionCopyService, LedgerExportService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  };
  const download = (path: string, role: 'board' | 'auditor' | 'secretary') => c.http.get(path).set(c.auth(role)).buffer(true).parse(binary as never);
  const give = () => {
    const reports = c.mock(ReportsService);
    for (const use of [reports.registerOfMembers, reports.registerCsv, reports.allianceReport, reports.shareCertificate]) use.mockImplementation(pdf);
    c.mock(ResolutionCopyService).copy.mockImplementation(pdf);
    c.mock(ResolutionCopyService).minutes.mockImplementation(pdf);
    c.mock(LedgerExportService).export.mockImplementation(async () => ({ filename: 'ledger.json', contentType: 'application/json', body: Readable.from(['{"entries":[]}']), sha256: EXPORT_SHA256, length: 14 }));
  };
  const FILES = [
    `${C}/reports/register-of-members.pdf?asAt=2017-04-01`, `${C}/reports/register.csv?asAt=2017-04-01`, `${C}/reports/alliance.pdf?asAt=2017-04-01`,
    `${C}/shares/1/certificate.pdf`, `${C}/resolutions/r-1/copy.pdf`, `${C}/meetings/mt-1/minutes.pdf`,
  ];

  it.each(['board', 'auditor', 'secretary'] as const)('every report is for every role: a %s token downloads each, with its type, file name and SHA-256', async (role) => {
    give();
    for (const path of FILES) {
      const res = await download(path, role).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="report.pdf"');
      expect(res.headers['x-content-sha256']).toBe(PDF_SHA256);
      expect(Buffer.compare(res.body as Buffer, PDF_BYTES)).toBe(0);
    }
    const exported = await c.http.get(`${C}/ledger/export`).set(c.auth(role)).expect(200);
    expect(exported.body).toEqual({ entries: [] });
    expect(exported.headers['x-content-sha256']).toBe(EXPORT_SHA256);
  });

  it('each report is as at the day asked; without one, today, except a resolution copy (its own decisive date); the share number is a number', async () => {
    give();
    await download(`${C}/reports/register-of-members.pdf`, 'board').expect(200);
    await download(`${C}/reports/alliance.pdf?asAt=2024-06-30`, 'board').expect(200);
    await download(`${C}/shares/12/certificate.pdf`, 'board').expect(200);
    await download(`${C}/resolutions/r-1/copy.pdf`, 'board').expect(200);
    expect(c.mock(ReportsService).registerOfMembers).toHaveBeenCalledWith('demo-company', todayUk());
    expect(c.mock(ReportsService).allianceReport).toHaveBeenCalledWith('demo-company', '2024-06-30');
    expect(c.mock(ReportsService).shareCertificate).toHaveBeenCalledWith('demo-company', 12);
    expect(c.mock(ResolutionCopyService).copy).toHaveBeenCalledWith('demo-company', 'r-1', null);
    await download(`${C}/meetings/mt-1/minutes.pdf`, 'board').expect(200);
    expect(c.mock(ResolutionCopyService).minutes).toHaveBeenCalledWith('demo-company', 'mt-1');
  });

  it.each([`${C}/reports/register-of-members.pdf`, `${C}/ledger/export`])('GET %s without a valid token is 401 UNAUTHENTICATED', async (path) => {
    await expectUnauthenticated(c, get(path));
  });

  it('a share number that is not a number is 400; so is a report as at a day that does not exist', async () => {
    const board = (path: string) => () => c.http.get(path).set(c.auth('board'));
    await c.refused(board(`${C}/shares/abc/certificate.pdf`), 400, 'VALIDATION_FAILED', 'shareNumber');
    await c.refused(board(`${C}/reports/register-of-members.pdf?asAt=2024-02-30`), 400, 'VALIDATION_FAILED', 'asAt');
    await c.refused(board(`${C}/reports/alliance.pdf?asAt=yesterday`), 400, 'VALIDATION_FAILED', 'asAt');
    await c.refused(board(`${C}/reports/register.csv?asAt=2024-13-01`), 400, 'VALIDATION_FAILED', 'asAt');
  });
});
