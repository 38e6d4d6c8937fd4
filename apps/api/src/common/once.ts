/** `load()` run once, on first use; every later call gets the same promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/**
 * `load(key)` run once per key object, on first use for it; every later call with that key gets the
 * same promise, kept only as long as the key itself is (a `WeakMap`).
 */
export function oncePer<K extends object, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaded = new WeakMap<K, Promise<T>>();
  return (key) => {
    let value = loaded.get(key);
    if (value === undefined) {
      value = load(key);
      loaded.set(key, value);
    }
    return value;
  };
}
