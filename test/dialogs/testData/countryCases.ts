import type { CountryOptions } from '../../../dialogs/CountryDialog';
import type { Locale } from '../../../src/domain/types';
import { rowName } from '../../../src/presentation/labels';
import { card, WAITING, type DialogCase } from '../../support/dialogCase';
import { triageData } from '../../support/dialogHarness';
import { en, ja } from '../../support/messages';

/** A contact row's name as the bot shows it (from data/contacts.json). */
function country(rowId: string, locale: Locale): string {
  return rowName(
    triageData().contacts.find((row) => row.id === rowId)!,
    locale,
  );
}

/** CountryDialog: the user's country, matched to a MOC contact row; asks when rows compete, never guesses. */
export const countryCases: DialogCase<CountryOptions>[] = [
  {
    name: 'English: "Japan" matches the Japan row',
    locale: 'en',
    turns: [
      ['hi', en('askCountry')],
      ['Japan', en('countryMatched', { country: country('JP', 'en') })],
    ],
    result: 'JP',
  },
  {
    name: 'Japanese: 「ドイツです」 matches the Germany row',
    locale: 'ja',
    turns: [
      ['こんにちは', ja('askCountry')],
      ['ドイツです', ja('countryMatched', { country: country('DE', 'ja') })],
    ],
    result: 'DE',
  },
  {
    name: 'English: "Switzerland" has two rows; the bot asks which, and "German" picks it',
    locale: 'en',
    turns: [
      ['hi', en('askCountry')],
      ['Switzerland', card(en('countryAmbiguous', { query: 'Switzerland' }), country('CH-de', 'en'))],
      ['German', en('countryMatched', { country: country('CH-de', 'en') })],
    ],
    result: 'CH-de',
  },
  {
    name: 'English: of the two Swiss rows, "the German one, please" picks the German row',
    locale: 'en',
    turns: [
      ['hi', en('askCountry')],
      ['Switzerland', card(en('countryAmbiguous', { query: 'Switzerland' }), country('CH-de', 'en'))],
      ['the German one, please', en('countryMatched', { country: country('CH-de', 'en') })],
    ],
    result: 'CH-de',
  },
  {
    name: 'Japanese: of the two Swiss rows, 「フランス語のほうで」 picks the French row',
    locale: 'ja',
    turns: [
      ['こんにちは', ja('askCountry')],
      ['スイス', card(ja('countryAmbiguous', { query: 'スイス' }), country('CH-fr', 'ja'))],
      ['フランス語のほうで', ja('countryMatched', { country: country('CH-fr', 'ja') })],
    ],
    result: 'CH-fr',
  },
  {
    name: 'Japanese: a country with no row is said so, and 「スキップ」 goes on without a contact',
    locale: 'ja',
    turns: [
      ['こんにちは', ja('askCountry')],
      ['アトランティス', [ja('countryNone', { query: 'アトランティス' }), card(ja('countryNoneOptions'))]],
      ['スキップ', []],
    ],
    result: null,
  },
  {
    name: 'English: after no match, "try again" asks for another name, which then matches',
    locale: 'en',
    turns: [
      ['hi', en('askCountry')],
      ['Atlantis', [en('countryNone', { query: 'Atlantis' }), card(en('countryNoneOptions'))]],
      ['try again', en('askCountryAgain')],
      ['JP', en('countryMatched', { country: country('JP', 'en') })],
    ],
    result: 'JP',
  },
  {
    name: "English: last time's country is offered as a button, never assumed",
    locale: 'en',
    profile: { countryRowId: 'JP' },
    turns: [['hi', card(en('askCountry'), country('JP', 'en'))]],
    result: WAITING,
  },
  {
    name: 'English: "help" mid-question shows the help, then asks for the country again',
    locale: 'en',
    turns: [
      ['hi', en('askCountry')],
      ['help', [en('help'), en('askCountry')]],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: 「English」 mid-question asks for the country in English (begun by a parent, as in the triage)',
    inParent: true,
    locale: 'ja',
    turns: [
      ['こんにちは', ja('askCountry')],
      ['English', [en('languageSwitched'), en('askCountry')]],
    ],
    result: WAITING,
  },
];
