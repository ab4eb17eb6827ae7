/**
 * Remembering a derived value per object, for the immutable data a batch passes on every call
 * (a ruleset, its matrix, a resolved indicator-type map). @internal
 */

/**
 * `compute` remembered per key object in a `WeakMap`, with the last key and its value kept in
 * front of it: a batch asks about the same object again and again, and an identity check is
 * cheaper than a `WeakMap` lookup. Keeps one strong reference to the last key. `compute` must
 * depend on the key's contents only, and the key must not change afterwards.
 *
 * @example
 * ```ts
 * const issuesOf = rememberPerObject((rs: Pp46Ruleset) => validateRulesetPp46(rs));
 * issuesOf(pp46_2011) === issuesOf(pp46_2011); // true: computed once
 * ```
 */
export function rememberPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key: K): V => {
    if (key === lastKey) return lastValue as V;
    let value: V;
    if (known.has(key)) value = known.get(key) as V;
    else {
      value = compute(key);
      known.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
}
