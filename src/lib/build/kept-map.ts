/**
 * Results that are pure in their inputs (text measured in a font, a QR code
 * of an address), kept between builds as one sealed file in a cache folder
 * (cache.ts `keep`, `readKept`) and shared by Astro's two module instances
 * (shared-store.ts): a rebuild of unchanged content then computes none of
 * them again, and need not load what computes them. The file's name must say
 * everything besides the key that decides a value (the tools' versions, the
 * code), so that a new version starts from nothing.
 */
import { keep, readKept } from './cache';
import { shared, type SharedSlot } from './shared-store';

export interface KeptMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Writes the map for the next build (as a build ends), when something was added to it; false when there was nothing to write or it could not be written. */
  keep(): boolean;
}

interface State<V> {
  values: Map<string, V>;
  /** Whether values were added that the kept file does not hold. */
  added: boolean;
}

/** The map kept as `name` in `dir` (nothing kept when `dir` is empty or undefined), in the build store's `slot`. */
export function keptMap<V>(slot: SharedSlot, dir: string | undefined, name: string): KeptMap<V> {
  const state = (): State<V> =>
    shared(slot, () => {
      const kept = dir ? readKept(dir, name) : undefined;
      let entries: [string, V][] = [];
      try {
        entries = kept ? (JSON.parse(kept.toString('utf8')) as [string, V][]) : [];
      } catch {
        // Sealed but not JSON: computed again.
      }
      return { values: new Map(entries), added: false };
    });
  return {
    get: (key) => state().values.get(key),
    set: (key, value) => {
      state().values.set(key, value);
      state().added = true;
    },
    keep: () => {
      const current = state();
      if (!current.added || !dir || !keep(dir, name, Buffer.from(JSON.stringify([...current.values])))) return false;
      current.added = false;
      return true;
    },
  };
}
