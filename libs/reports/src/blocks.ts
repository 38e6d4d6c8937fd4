import { formatDate } from './format';
import type { PageFlow } from './page-flow';
import { INK, STYLES } from './typesetter';
import type { ReportBasis } from './view-models';

/** Page 1's title block: the report's title, the company's name, number and registered office. */
export function titleBlock(flow: PageFlow, title: string, basis: ReportBasis, notes: readonly string[] = []): void {
  const { company } = basis;
  flow.ensure(120);
  flow.paragraph(title, STYLES.title, { spaceAfter: 2, tag: 'H1' });
  flow.paragraph(company.name, STYLES.companyName, { spaceAfter: 2 });
  flow.paragraph(`Company number ${company.number} · Community interest company limited by shares`, STYLES.muted);
  flow.paragraph(`Registered office: ${company.registeredOffice}`, STYLES.muted, { spaceAfter: 6 });
  flow.paragraph(`As at ${formatDate(basis.asAt)}`, STYLES.bodyBold, { spaceAfter: 2 });
  const recordedOn = basis.recordedOn;
  if (recordedOn !== undefined && basis.asAt > recordedOn) {
    flow.paragraph(
      `${formatDate(basis.asAt)} is after the last entry was recorded (${formatDate(recordedOn)}): this shows what was recorded up to then, as it would stand on ${formatDate(basis.asAt)} if nothing else were recorded.`,
      STYLES.body,
      { spaceAfter: 2 },
    );
  }
  for (const note of notes) flow.paragraph(note, STYLES.body, { spaceAfter: 2 });
  flow.y += 4;
  flow.rule(flow.left, flow.right, flow.y, INK, 0.8);
  flow.y += 12;
}

/** A section heading, kept on the same page as at least `keepWith` points of what follows. */
export function heading(flow: PageFlow, text: string, keepWith = 48): void {
  if (flow.page > 0 && !flow.atTop) flow.y += 8;
  flow.ensure(STYLES.heading.leading + keepWith);
  flow.paragraph(text, STYLES.heading, { spaceAfter: 4, tag: 'H2' });
}

/**
 * Label–value pairs in two columns; each pair stays on one page, long values wrap. Tagged as a list
 * whose items have the label as their label and the value as their body.
 */
export function fields(flow: PageFlow, pairs: readonly (readonly [string, string])[], labelWidth = 160): void {
  const gap = 10;
  const valueX = flow.left + labelWidth + gap;
  const valueWidth = flow.right - valueX;
  flow.begin('L');
  for (const [label, value] of pairs) {
    const labels = flow.ts.wrap(label, STYLES.muted, labelWidth);
    const values = flow.ts.wrap(value, STYLES.body, valueWidth);
    const labelLines = flow.ts.stack(labels, STYLES.muted, 0.5);
    const valueLines = flow.ts.stack(values, STYLES.body);
    const height = Math.max(labelLines.bottom - 0.5, valueLines.bottom) + 3;
    flow.ensure(height);
    flow.tagged('LI', () => {
      flow.tagged('Lbl', () => labels.forEach((line, i) => flow.line(line, flow.left, flow.y + labelLines.tops[i], STYLES.muted)));
      flow.tagged('LBody', () => values.forEach((line, i) => flow.line(line, valueX, flow.y + valueLines.tops[i], STYLES.body)));
    });
    flow.y += height;
  }
  flow.end();
}

/**
 * A line to sign on, with the signatory's role beneath it and under that the printed name, or
 * `blank` (a prompt to write the name in) when the name is not known.
 */
export function signatureLine(
  flow: PageFlow,
  x: number,
  y: number,
  width: number,
  role: string,
  name?: string,
  blank = 'Name:',
): void {
  flow.rule(x, x + width, y, INK, 0.6);
  const printed = name === undefined || name.trim() === '' ? blank : name;
  const roleLine = flow.ts.stack([role], STYLES.bodyBold, y + 4);
  const names = flow.ts.wrap(printed, STYLES.muted, width);
  const nameLines = flow.ts.stack(names, STYLES.muted, roleLine.bottom);
  flow.tagged('P', () => {
    flow.line(role, x, roleLine.tops[0], STYLES.bodyBold);
    names.forEach((line, i) => flow.line(line, x, nameLines.tops[i], STYLES.muted));
  });
}

/**
 * A warning set apart as the pages' warning callout is: a bar down its left side, a bold heading and
 * the text beside it, kept together on one page.
 */
export function warning(flow: PageFlow, title: string, text: string): void {
  const x = flow.left + 12;
  const width = flow.right - x;
  const titleLines = flow.ts.stack(flow.ts.wrap(title, STYLES.bodyBold, width), STYLES.bodyBold);
  const height = flow.ts.stack(flow.ts.wrap(text, STYLES.body, width), STYLES.body, titleLines.bottom).bottom;
  flow.ensure(height + 10);
  flow.y += 4;
  flow.shade(flow.left, flow.y, 3, height, INK);
  flow.paragraph(title, STYLES.bodyBold, { x, width });
  flow.paragraph(text, STYLES.body, { x, width, spaceAfter: 6 });
}

/** Writes a line saying a list is empty, so an empty section never looks like a layout fault. */
export function noneRecorded(flow: PageFlow, what: string): void {
  flow.paragraph(`No ${what} recorded.`, STYLES.muted, { spaceAfter: 4 });
}
