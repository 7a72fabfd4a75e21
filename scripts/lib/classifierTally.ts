import { classify } from '../../src/domain/classifier';
import type { LearnedModels } from '../../src/domain/classifier/learned/models';
import type { DescriptionRow } from '../../test/support/corpus';

/** Right answers, texts and misses ("A->B", "B->(billing)") per key ("severity en", "category ja en31"…). */
export type Tally = Map<string, { ok: number; n: number; confusion: Record<string, number> }>;

/**
 * The whole classifier (rules + models, as the bot runs it) scored on rows the models were not trained on: category
 * for every row, severity for the rows that have one (another desk's answer counts as a miss, "(billing)"), tallied
 * under each of the row's groups (its language unless told).
 */
export function evaluate(
  rowsToScore: DescriptionRow[],
  models: LearnedModels,
  tally: Tally,
  groupsOf: (row: DescriptionRow) => string[] = (row) => [row.locale],
): void {
  for (const row of rowsToScore) {
    const result = classify(row.text, row.locale, undefined, models);
    const checks: [string, string, string | null][] = [['category', row.category, result.category]];
    if (row.severity)
      checks.push([
        'severity',
        row.severity,
        result.category === 'technical' ? result.severity : `(${result.category})`,
      ]);
    for (const [task, want, got] of checks) {
      if (process.env.SHOW_FLIPS && ['A->C', 'C->A'].includes(`${want}->${got}`))
        console.log(`flip ${want}->${got} ${row.id}: ${row.text}`);
      for (const group of groupsOf(row)) {
        const key = `${task} ${group}`;
        const t = tally.get(key) ?? { ok: 0, n: 0, confusion: {} };
        t.n++;
        if (want === got) t.ok++;
        else t.confusion[`${want}->${got}`] = (t.confusion[`${want}->${got}`] ?? 0) + 1;
        tally.set(key, t);
      }
    }
  }
}

/** Adds `from`'s counts into `into` (a round's tally into the tally over all rounds). */
export function addTally(into: Tally, from: Tally): void {
  for (const [key, t] of from) {
    const sum = into.get(key) ?? { ok: 0, n: 0, confusion: {} };
    sum.ok += t.ok;
    sum.n += t.n;
    for (const [miss, count] of Object.entries(t.confusion)) sum.confusion[miss] = (sum.confusion[miss] ?? 0) + count;
    into.set(key, sum);
  }
}

/** One line per key (severity lines with their A↔C flips); `task` keeps only that task's lines. */
export function report(tally: Tally, task?: 'severity' | 'category'): void {
  for (const [key, t] of [...tally].sort()) {
    if (task && !key.startsWith(`${task} `)) continue;
    const flips = (t.confusion['A->C'] ?? 0) + (t.confusion['C->A'] ?? 0);
    console.log(
      `  ${key}: ${t.ok}/${t.n} = ${((100 * t.ok) / t.n).toFixed(1)}%${key.startsWith('severity') ? `, A<->C flips ${flips}` : ''}  misses ${JSON.stringify(t.confusion)}`,
    );
  }
}
