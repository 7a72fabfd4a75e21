import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { ETagConflictError } from '../../src/storage/errors';
import { createHarness, replyText, say } from '../support/botHarness';

/** A MemoryStorage that notes which writes were still open when another began, and can refuse user writes. */
class ObservedStorage implements Storage {
  readonly inner = new MemoryStorage();
  readonly overlapping: string[][] = [];
  refuseUserWrites = 0;
  private open: string[] = [];
  read = (keys: string[]) => this.inner.read(keys);
  delete = (keys: string[]) => this.inner.delete(keys);
  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes).map((key) => key.split('/')[1]);
    if (this.open.length > 0) this.overlapping.push([...this.open, ...keys]);
    this.open.push(...keys);
    // a store's write finishes in a later tick (SQLite's group commit waits one setImmediate)
    await new Promise((resolve) => setImmediate(resolve));
    this.open = this.open.filter((key) => !keys.includes(key));
    if (keys.includes('users') && this.refuseUserWrites > 0) {
      this.refuseUserWrites--;
      throw new ETagConflictError(Object.keys(changes)[0]);
    }
    return this.inner.write(changes);
  }
}

describe("a turn's commit", () => {
  test("writes the conversation's and the user's state together, so a grouping store commits them once", async () => {
    const storage = new ObservedStorage();
    const harness = createHarness({ storage });
    await say(harness, 'hi');
    expect(storage.overlapping).toContainEqual(expect.arrayContaining(['conversations', 'users']));
  });

  test("a conflict on the user's preferences drops only them: the answer is sent and the conversation goes on", async () => {
    const storage = new ObservedStorage();
    const harness = createHarness({ storage });
    storage.refuseUserWrites = 1;
    const first = await say(harness, 'hi');
    expect(first.map(replyText).join('\n')).toMatch(/describe|problem/i);
    const second = await say(
      harness,
      'Outlook on the web shows a blank page for all 120 people in our office since 9am; nobody can read mail.',
    );
    expect(second.map(replyText).join('\n')).toMatch(/workaround/i);
  });
});
