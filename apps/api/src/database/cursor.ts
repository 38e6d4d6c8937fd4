import type { Em } from './orm';

/** Rows a cursor hands over at a time. */
const FETCH_ROWS = 5000;

/**
 * The rows of one query read through a server-side cursor, `FETCH_ROWS` at a time (a batch each step),
 * so that memory stays bounded however many rows the query gives, in the order it gives them. Must run
 * inside a transaction (`em` a transactional one), which the cursor lives in; `name` is unique among
 * the cursors open in it. The cursor is closed when the rows are read or the reader stops early.
 */
export async function* cursorBatches<R>(em: Em, name: string, sql: string, params: readonly unknown[]): AsyncGenerator<readonly R[]> {
  await em.execute(`declare ${name} no scroll cursor for ${sql}`, [...params]);
  let done = false;
  try {
    while (!done) {
      const rows = await em.execute<R[]>(`fetch forward ${FETCH_ROWS} from ${name}`);
      done = rows.length < FETCH_ROWS;
      if (rows.length > 0) yield rows;
    }
  } finally {
    await em.execute(`close ${name}`);
  }
}

/**
 * A {@link cursorBatches} read one row at a time on demand: `take()` is the next row already fetched
 * (undefined when the batch is used up), `fill()` fetches the next batch; `next()` does both. Rows are
 * taken without a promise each, which over a million rows is much of the cost.
 */
export class CursorReader<R> {
  private readonly batches: AsyncGenerator<readonly R[]>;
  private batch: readonly R[] = [];
  private at = 0;
  private ended = false;

  constructor(em: Em, name: string, sql: string, params: readonly unknown[]) {
    this.batches = cursorBatches<R>(em, name, sql, params);
  }

  take(): R | undefined {
    return this.at < this.batch.length ? this.batch[this.at++] : undefined;
  }

  /** The next row, or null after the last. */
  async next(): Promise<R | null> {
    const row = this.take();
    if (row !== undefined) return row;
    if (this.ended) return null;
    const step = await this.batches.next();
    if (step.done) {
      this.ended = true;
      return null;
    }
    this.batch = step.value;
    this.at = 0;
    return this.take() ?? null;
  }

  /** Closes the cursor when the rows were not all read. */
  async close(): Promise<void> {
    await this.batches.return(undefined);
  }
}
