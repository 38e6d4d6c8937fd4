import type { Em } from './orm';

/** Rows a cursor hands over at a time. */
const FETCH_ROWS = 5000;

/**
 * The rows of one query read through a server-side cursor, `FETCH_ROWS` at a time, so that memory stays
 * bounded however many rows the query gives, in the order it gives them. Must run inside a
 * transaction (`em` a transactional one), which the cursor lives in; `name` is unique among the
 * cursors open in it. The cursor is closed when the rows are read or the reader stops early.
 */
export async function* cursorRows<R>(em: Em, name: string, sql: string, params: readonly unknown[]): AsyncGenerator<R> {
  await em.execute(`declare ${name} no scroll cursor for ${sql}`, [...params]);
  let done = false;
  try {
    while (!done) {
      const rows = await em.execute<R[]>(`fetch forward ${FETCH_ROWS} from ${name}`);
      done = rows.length < FETCH_ROWS;
      yield* rows;
    }
  } finally {
    await em.execute(`close ${name}`);
  }
}

/** A {@link cursorRows} read one row at a time on demand: `next()` is the next row, or null after the last. */
export class CursorReader<R> {
  private readonly rows: AsyncGenerator<R>;

  constructor(em: Em, name: string, sql: string, params: readonly unknown[]) {
    this.rows = cursorRows<R>(em, name, sql, params);
  }

  async next(): Promise<R | null> {
    const step = await this.rows.next();
    return step.done ? null : step.value;
  }

  /** Closes the cursor when the rows were not all read. */
  async close(): Promise<void> {
    await this.rows.return(undefined);
  }
}
