import { DomainError } from '#domain';
import { generalRefusalWords } from './refusal-words';

describe("a page's words for a refusal that says what was already decided", () => {
  it('SH-3: a lodged transfer decided before says whether it was registered or refused, and when', () => {
    const error = new DomainError('TRANSFER_ALREADY_DECIDED', 'transfer 601 was refused on 2026-12-05', { transferId: '601', status: 'refused', on: '2026-12-05' });
    expect(generalRefusalWords(error)).toBe('Transfer 601 was already refused on 5 December 2026: a lodged transfer is registered or refused once');
  });

  it('CI-6: a second decision of the CIC Regulator says what the first was, and when', () => {
    const error = new DomainError('REGULATOR_ALREADY_DECIDED', 'already recorded', { resolutionId: 'r-1', decidedOn: '2026-12-05', outcome: 'approved' });
    expect(generalRefusalWords(error)).toBe('The CIC Regulator’s decision on this change of the objects is already recorded: approved on 5 December 2026. It is recorded once');
  });

  it('without the details a refusal has its general words', () => {
    expect(generalRefusalWords(new DomainError('TRANSFER_ALREADY_DECIDED', 'decided', { transferId: '601' }))).toBe('That transfer has already been registered or refused');
  });
});

describe("a page's words for a refusal that names amounts", () => {
  it('SH-4: a buy-back price above the paid-up value is given in pounds, as the form takes it', () => {
    const error = new DomainError('BUY_BACK_PRICE_ABOVE_PAID_UP', 'price', { pricePence: 500, paidUpPence: 100 });
    expect(generalRefusalWords(error)).toBe('The price, £5.00, is more than the £1.00 the share is paid up to: a community interest company buys back a share for no more than its paid-up value');
  });
});
