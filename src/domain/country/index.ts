export {
  createCountryMatcher,
  type CountryCandidate,
  type CountryMatcher,
  type CountryResult,
  type CountryStatus,
} from './matcher';
export { normalize as normalizeCountryText } from './normalize';
