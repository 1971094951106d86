import type { ModelType } from '../../schemas/model-type.ts';
import { closest, toKey } from '../text/strings.ts';

/** Model types looked up as editors type them: by name or code, whatever the case, spacing or tone marks. */
export interface ModelTypeIndex {
  find(typed: string): ModelType | undefined;
  /** The type's name closest to a typo ("Camera an nin" → "Camera an ninh"), if one is close. */
  suggest(typed: string): string | undefined;
}

export function modelTypeIndex(types: readonly ModelType[]): ModelTypeIndex {
  const byKey = new Map<string, ModelType>();
  // Names first: a name wins over another type's code that folds to the same key.
  for (const t of types) if (!byKey.has(toKey(t.name))) byKey.set(toKey(t.name), t);
  for (const t of types) if (!byKey.has(toKey(t.code))) byKey.set(toKey(t.code), t);
  const nameKeys = types.map((t) => toKey(t.name));
  return {
    find: (typed) => byKey.get(toKey(typed)),
    suggest(typed) {
      const key = closest(toKey(typed), nameKeys);
      return key === undefined ? undefined : byKey.get(key)?.name;
    },
  };
}
