/**
 * `compute` run once per key object, its result remembered while the key lives. Pages ask for the
 * same index of the site (or of a list) thousands of times in one build; computing it per page
 * makes the build quadratic in the number of units.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
