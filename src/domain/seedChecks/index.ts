export { checkPhone, formRegion, type PhoneProblem, type PhoneVerdict, type LikelyReading } from './phoneCheck';
export { rowCheck, checkContactRows, displayName, type RowCheck, type RowOddity } from './rowChecks';
export {
  alternativeReading,
  deskReadings,
  ZONE_READINGS,
  type AlternativeStatus,
  type DeskReadings,
  type ZoneReading,
  type ZoneReadingKind,
} from './zoneReadings';
export { assumedPlanMapping, type AssumedPlanMapping } from './planMapping';
