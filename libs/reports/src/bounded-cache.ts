/**
 * A string-keyed cache that never holds more than `2 × limit` entries, for caches that live as long as
 * the process. Entries go into a young generation; when it is full it becomes the old generation (the
 * previous old one is dropped whole) and a new young one starts. A hit in the old generation moves the
 * entry to the young one, so what is used often survives and what was used once is gone after two
 * turns: close to least-recently-used, at the cost of one or two map look-ups.
 */
export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** How many entries are held, at most `2 × limit`. */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
