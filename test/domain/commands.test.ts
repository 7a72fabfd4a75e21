import { detectCommand } from '../../src/domain/commands';

describe('commands a user can give at any point', () => {
  test.each([
    ['help', { kind: 'help' }],
    ['ヘルプ', { kind: 'help' }],
    ['cancel', { kind: 'cancel' }],
    ['キャンセル', { kind: 'cancel' }],
    ['Start over', { kind: 'startOver' }],
    ['最初から', { kind: 'startOver' }],
    ['English', { kind: 'language', locale: 'en' }],
    ['日本語', { kind: 'language', locale: 'ja' }],
    ['talk to a person', { kind: 'human' }],
    ['担当者と話したい', { kind: 'human' }],
    ['my tickets', { kind: 'myTickets' }],
    ['チケット一覧', { kind: 'myTickets' }],
    ['status TRG-20261123-AB12', { kind: 'status', ticketId: 'TRG-20261123-AB12' }],
    ['チケット trg-20261123-ab12', { kind: 'status', ticketId: 'TRG-20261123-AB12' }],
    ['ＨＥＬＰ', { kind: 'help' }],
  ])('"%s" is a command', (text, command) => {
    expect(detectCommand(text)).toEqual(command);
  });

  test.each([
    'I need help with Outlook, it will not start',
    'We want to cancel our subscription',
    'Outlook の英語表示を日本語に変えたい',
    'the agent in our call queue cannot take calls',
    '',
  ])('"%s" is a description, not a command', (text) => {
    expect(detectCommand(text)).toBeNull();
  });
});
