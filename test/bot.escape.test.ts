import { escapeMarkdown } from '../src/presentation/escape';

describe('user text shown in messages and cards is inert', () => {
  test.each([
    ['<script>alert(1)</script>', '＜script＞alert(1)＜/script＞'],
    ['[pay here](https://evil.example)', '［pay here］(https:／／evil．example)'],
    ['see www.evil.com or mail me at a@evil.co', 'see www．evil．com or mail me at a@evil．co'],
    ['Outlook 2.0 crashes, e.g. on start', 'Outlook 2.0 crashes, e.g. on start'],
    ['**bold** and _italic_', '＊＊bold＊＊ and ＿italic＿'],
    ['`code` | table | # heading', '｀code｀ ｜ table ｜ ＃ heading'],
    ['line one\nline two', 'line one line two'],
    ['全社でメールが送れません (Outlook)', '全社でメールが送れません (Outlook)'],
  ])('%s', (input, shown) => {
    expect(escapeMarkdown(input)).toBe(shown);
  });
});
