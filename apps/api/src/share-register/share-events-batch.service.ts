import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, type ChainedLedgerRecord } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { flattenValidationErrors } from '../common/validation';
import { Ledger } from '../ledger/ledger';
import { CreateShareAllotmentDto, CreateShareCancellationDto, CreateShareTransferDto } from './dto/record-share-event.dto';
import { ShareEventsService, type BuiltShareEvent } from './share-events.service';

type BatchEvent =
  | { readonly type: 'allotment'; readonly dto: CreateShareAllotmentDto }
  | { readonly type: 'transfer'; readonly dto: CreateShareTransferDto }
  | { readonly type: 'cancellation'; readonly dto: CreateShareCancellationDto };

const BODIES = { allotment: CreateShareAllotmentDto, transfer: CreateShareTransferDto, cancellation: CreateShareCancellationDto } as const;

/**
 * Share events recorded all or nothing: every event is validated first, then all are entered in one
 * transaction under the company's lock, one after another onto the chain head, each checked by the
 * same rules as when recorded alone (`ShareEventsService.enter`) against the register the events
 * before it left. The first one refused rolls the whole batch back; its error names its `index`.
 */
@Injectable()
export class ShareEventsBatchService {
  constructor(
    private readonly ledger: Ledger,
    private readonly shares: ShareEventsService,
  ) {}

  /**
   * Records `events` (request bodies with a `type`) in order; returns their ledger entries.
   * @throws AppError VALIDATION_FAILED (400) naming `events[i].field` for a malformed event, before anything is read;
   *   any error a single event can raise (4xx), with `index` added to its details and `event i:` to its message.
   */
  async record(companyId: string, raw: readonly Record<string, unknown>[], caller: Caller): Promise<ChainedLedgerRecord[]> {
    const events: BatchEvent[] = [];
    for (const [index, body] of raw.entries()) events.push(await parseEvent(body, index));
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const company = write.company;
      const entries: ChainedLedgerRecord[] = [];
      for (const [index, e] of events.entries()) {
        try {
          let built: BuiltShareEvent;
          if (e.type === 'allotment') built = await this.shares.allotment(write, company, e.dto);
          else if (e.type === 'transfer') built = await this.shares.registeredTransfer(write, company, e.dto);
          else built = await this.shares.cancellation(write, e.dto);
          entries.push(await this.shares.enter(write, company, built.event, built.practiceId));
          // Everything is written by now: let go of the entities (new members) this event loaded, so each
          // later flush does not go over every one the batch has entered so far.
          write.em.clear();
        } catch (error) {
          throw atIndex(error, index);
        }
      }
      return entries;
    });
  }
}

async function parseEvent(body: Record<string, unknown>, index: number): Promise<BatchEvent> {
  const { type, ...fields } = body;
  const field = `events[${index}]`;
  if (type !== 'allotment' && type !== 'transfer' && type !== 'cancellation') {
    throw new AppError('VALIDATION_FAILED', `event ${index}: type must be allotment, transfer or cancellation`, [
      { field: `${field}.type`, problems: ['type must be one of: allotment, transfer, cancellation'] },
    ]);
  }
  const dto = plainToInstance(BODIES[type] as new () => object, fields);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', `event ${index} is not valid`, flattenValidationErrors(errors, field));
  if (type === 'transfer' && (dto as CreateShareTransferDto).status === 'lodged') {
    throw new AppError('VALIDATION_FAILED', `event ${index}: a batch registers transfers; lodge a transfer with POST share-transfers`, [
      { field: `${field}.status`, problems: ['status must be registered in a batch'] },
    ]);
  }
  return { type, dto } as BatchEvent;
}

/** The error an event raised, its message and details naming the event's index in the batch. */
function atIndex(error: unknown, index: number): unknown {
  const message = (m: string) => `event ${index}: ${m}`;
  if (error instanceof DomainError) return new DomainError(error.code, message(error.message), { ...error.details, index });
  if (error instanceof AppError) {
    const details = error.details !== null && typeof error.details === 'object' && !Array.isArray(error.details) ? { ...error.details, index } : { index, problems: error.details };
    return new AppError(error.code, message(error.message), details);
  }
  return error;
}
