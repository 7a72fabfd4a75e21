import type { FeatureNames } from './featureIndex';

/**
 * Every feature name the learned models list, each with an id, in one flat open-addressed table. The models' indexes
 * share one vocabulary (models.ts), so a text's names are looked up in one table whichever model reads them.
 *
 * A name is found by two 32-bit hashes of it: one picks the slot, the other is kept in the slot beside the id and must
 * match. A lookup reads one slot, where a `Map` per model hashed each fresh string and then read entries and key
 * strings scattered over the heap: the models list some 120,000 names, a text has some seventy, and those lookups cost
 * more than the models' arithmetic (45 µs a text for the category model alone on the development texts; the whole
 * classifier is timed by bench/triage-bench.ts). No two listed names share both hashes (`add` refuses them, so a model
 * file that would break this stops start-up); a name no model lists matches a listed one only where both its hashes
 * do, about once in 10^14 lookups, and then adds one feature's weights to one text.
 */
export class Vocabulary {
  /** The listed names by id, to refuse a new name whose hashes an earlier one has (`add`). */
  private readonly names: string[] = [];
  /** Two entries a slot: the id (-1 where empty), then the name's second hash. */
  private slots = new Int32Array(32).fill(-1);

  get size(): number {
    return this.names.length;
  }

  /** The name's id, or -1 where no model lists it. */
  idOf(name: string): number {
    const slot = this.slotOf(name);
    return slot < 0 ? -1 : this.slots[slot]!;
  }

  /**
   * The ids of the listed names among `names`, each once, in the order first named, after the ids of `before` (each
   * given once already); names no model lists are left out.
   */
  idsOf(names: FeatureNames, before: Int32Array = NONE): Int32Array {
    const most = before.length + (Array.isArray(names) ? names.length : (names as ReadonlySet<string>).size);
    const ids = new Int32Array(most);
    // the ids met so far, in a small open-addressed table of their own: it stays in the processor's cache, where a
    // JavaScript Set of numbers cost twice the lookups themselves
    let size = 16;
    while (size < most * 2) size *= 2;
    const met = new Int32Array(size).fill(-1);
    let count = 0;
    for (let i = 0; i < before.length; i++) count = addOnce(met, ids, count, before[i]!);
    for (const name of names) {
      const id = this.idOf(name);
      if (id >= 0) count = addOnce(met, ids, count, id);
    }
    return ids.subarray(0, count);
  }

  /** The name's id, given it a new one where it has none. */
  add(name: string): number {
    const slot = this.slotOf(name);
    if (slot >= 0) {
      const id = this.slots[slot]!;
      if (this.names[id] !== name)
        throw new Error(`feature names "${this.names[id]}" and "${name}" have the same hashes: rename one`);
      return id;
    }
    // at most a half-full table keeps the probe runs short
    if ((this.names.length + 1) * 4 > this.slots.length) this.grow();
    this.names.push(name);
    this.place(this.names.length - 1);
    return this.names.length - 1;
  }

  /** The slot (its first entry) holding the name's id, or -1. */
  private slotOf(name: string): number {
    const mask = this.slots.length - 2;
    const hashes = hashesOf(name);
    const check = hashes[1];
    for (let slot = (hashes[0] << 1) & mask; ; slot = (slot + 2) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) return -1;
      if (this.slots[slot + 1] === check) return slot;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.names.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 2;
    const hashes = hashesOf(this.names[id]!);
    let slot = (hashes[0] << 1) & mask;
    while (this.slots[slot] !== -1) slot = (slot + 2) & mask;
    this.slots[slot] = id;
    this.slots[slot + 1] = hashes[1];
  }
}

const NONE = new Int32Array(0);

/** Appends `id` to `ids` (holding `count`) unless `met` (a power-of-two table of ids, -1 where empty) has it; the new count. */
function addOnce(met: Int32Array, ids: Int32Array, count: number, id: number): number {
  const mask = met.length - 1;
  let slot = Math.imul(id, 0x9e3779b1) & mask;
  while (met[slot] !== -1) {
    if (met[slot] === id) return count;
    slot = (slot + 1) & mask;
  }
  met[slot] = id;
  ids[count] = id;
  return count + 1;
}

const HASHES: [number, number] = [0, 0];

/**
 * Two independent 32-bit hashes of the UTF-16 code units, in one pass: FNV-1a to place the name, and MurmurHash3's
 * mixing to confirm it. The pair is reused from call to call (read it before the next call).
 */
function hashesOf(name: string): readonly [number, number] {
  let place = 0x811c9dc5;
  let check = name.length;
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    place = Math.imul(place ^ unit, 0x01000193);
    let k = Math.imul(unit, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    check ^= k;
    check = (Math.imul((check << 13) | (check >>> 19), 5) + 0xe6546b64) | 0;
  }
  check ^= check >>> 16;
  check = Math.imul(check, 0x85ebca6b);
  check ^= check >>> 13;
  HASHES[0] = place >>> 0;
  HASHES[1] = check | 0;
  return HASHES;
}
