import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import PDFDocument from 'pdfkit';
import { metricsOf } from './font-metrics';

/** The TJ operands pdfkit's own text() writes for `text`, from an uncompressed page. */
async function pdfkitOperands(font: 'Helvetica' | 'Helvetica-Bold', text: string): Promise<string[]> {
  const doc = new PDFDocument({ compress: false, autoFirstPage: false });
  const bytes = buffer(doc as unknown as Readable);
  doc.addPage().font(font, 8).text(text, 10, 10, { lineBreak: false });
  doc.end();
  const content = (await bytes).toString('latin1');
  // pdfkit closes the last segment with an explicit zero adjustment; the TJ array means the same without it.
  return [...content.matchAll(/(\[[^\]]*\]) TJ/g)].map((m) => m[1].replace(/ 0\]$/, ']'));
}

describe('FontMetrics.showText', () => {
  it.each([
    ['Helvetica', 'AVAVA To Wa Y. LT'],
    ['Helvetica-Bold', 'Practice 050: Bromley-by-Bow'],
    ['Helvetica', '£1,234.56 – “quoted” € Zoë'],
  ] as const)('shows %s text with the bytes and kerning pdfkit writes: %s', async (font, text) => {
    expect([metricsOf(font).showText(text)]).toEqual(await pdfkitOperands(font, text));
  });

  it('kerns pairs and encodes WinAnsi characters outside Latin-1', () => {
    expect(metricsOf('Helvetica').showText('AV')).toBe('[<41> 70 <56>]');
    expect(metricsOf('Helvetica').showText('€–')).toBe('[<8096>]');
  });

  it('refuses characters the standard fonts cannot show', () => {
    expect(metricsOf('Helvetica').showText('Łódź')).toBeNull();
    expect(Number.isNaN(metricsOf('Helvetica').units('Łódź'))).toBe(true);
  });
});
