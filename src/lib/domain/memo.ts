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

/**
 * `compute` run once per key object and second key (a year, an address), remembered while the
 * object lives: what a build asks for per site and year, from several pages.
 */
export function oncePerPair<K extends object, J, V>(compute: (key: K, second: J) => V): (key: K, second: J) => V {
  const made = oncePer((_key: K) => new Map<J, V>());
  return (key, second) => {
    const cache = made(key);
    if (cache.has(second)) return cache.get(second)!;
    const value = compute(key, second);
    cache.set(second, value);
    return value;
  };
}

/**
 * `compute` run once per text, its result remembered for the first `limit` distinct texts (past
 * that it runs each time, so a column of unique values cannot fill memory). For cells whose few
 * values repeat on every row of a national file: yes/no, codes, decision dates, common words.
 */
export function oncePerText<V>(compute: (text: string) => V, limit = 4096): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      hit = compute(text);
      if (cache.size < limit) cache.set(text, hit);
    }
    return hit;
  };
}
