/**
 * Cities and provinces for the gazetteer's phrase scan: city-timezones (cities of 150,000 people or more, each
 * country's largest city, provinces), CLDR's exemplar cities of time zones, and Japanese prefectures. Also every
 * city-timezones name whatever its size, to read "City, Country" and "City, CC".
 */
import { putEntry, type Entry, type NameSource } from './entries';
import { CLDR_EXEMPLAR_LOCALES } from './locales';

interface CityRow {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
  timezone: string;
}

/** Population per country of one name. */
type Populations = Map<string, Map<string, number>>;

export interface PlaceNames {
  /** Province/state names → countries ("Georgia" is also a US state). */
  provinces: Map<string, string[]>;
  /** Every city name, whatever its size → countries. */
  cityNames: Map<string, string[]>;
}

/** Cities smaller than this are left out of the phrase scan (unless their country's largest). */
const MIN_CITY_POPULATION = 150_000;
/** A province counts when its cities hold this many people. */
const MIN_PROVINCE_POPULATION = 300_000;

export function addPlaces(scan: Map<string, Entry>, norm: (s: string) => string, notPlaces: Set<string>): PlaceNames {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cityMap = require('city-timezones/data/cityMap.json') as CityRow[];
  const census = takeCensus(cityMap, norm, notPlaces);
  const provinces = addCitiesAndProvinces(scan, census.cityPops, census.provincePops);
  addExemplarCities(scan, zoneCountries(census.zonePops), census.largestCityByName, norm, notPlaces);
  addPrefectures(scan, norm, notPlaces);
  return { provinces, cityNames: census.cityNames };
}

interface Census {
  /** Populations of the cities the phrase scan knows, by name. */
  cityPops: Populations;
  provincePops: Populations;
  /** People per country in each time zone (plus one per city, so that an empty place still counts). */
  zonePops: Populations;
  /** The most populous city of each name, whatever its size: the country of a zone's city when CLDR gives none. */
  largestCityByName: Map<string, { iso: string; pop: number }>;
  cityNames: Map<string, string[]>;
}

/** Sums city-timezones' rows up by city name, province and time zone. */
function takeCensus(cityMap: CityRow[], norm: (s: string) => string, notPlaces: Set<string>): Census {
  const cityPops: Populations = new Map();
  const provincePops: Populations = new Map();
  const zonePops: Populations = new Map();
  const largestCityByName = new Map<string, { iso: string; pop: number }>();
  const cityNames = new Map<string, string[]>();
  const add = (m: Populations, key: string, iso: string, pop: number) => {
    if (!key || key.length < 3 || notPlaces.has(key)) return;
    const inner = m.get(key) ?? new Map<string, number>();
    inner.set(iso, Math.max(inner.get(iso) ?? 0, 0) + pop);
    m.set(key, inner);
  };
  const largestOfCountry = largestCities(cityMap);
  for (const c of cityMap) {
    const pop = c.pop || 0;
    const ck = norm(c.city_ascii);
    if ((largestCityByName.get(ck)?.pop ?? -1) < pop) largestCityByName.set(ck, { iso: c.iso2, pop });
    if (c.timezone) add(zonePops, c.timezone, c.iso2, pop + 1);
    if (c.province) add(provincePops, norm(c.province), c.iso2, pop);
    for (const name of new Set([ck, norm(c.city)])) {
      const isos = cityNames.get(name) ?? [];
      if (!isos.includes(c.iso2)) cityNames.set(name, [...isos, c.iso2]);
    }
    if (pop < MIN_CITY_POPULATION && !largestOfCountry.has(c)) continue;
    for (const n of new Set([norm(c.city), norm(c.city_ascii)])) {
      const inner = cityPops.get(n) ?? new Map<string, number>();
      if (!notPlaces.has(n) && n.length >= 3) {
        inner.set(c.iso2, Math.max(inner.get(c.iso2) ?? 0, pop));
        cityPops.set(n, inner);
      }
    }
  }
  return { cityPops, provincePops, zonePops, largestCityByName, cityNames };
}

/** Each country's largest city counts whatever its size (Willemstad, Roseau, Castries: capitals of small islands). */
function largestCities(cityMap: CityRow[]): Set<CityRow> {
  const largest = new Map<string, CityRow>();
  for (const c of cityMap) if ((largest.get(c.iso2)?.pop ?? -1) < (c.pop || 0)) largest.set(c.iso2, c);
  return new Set(largest.values());
}

/** The countries that hold most of a name's people: the largest, and any with a third of its population or more. */
function dominant(pops: Map<string, number>, minPop: number): string[] {
  const sorted = [...pops.entries()].sort((a, b) => b[1] - a[1]);
  const top = sorted[0];
  if (!top || top[1] < minPop) return [];
  return sorted.filter(([, p]) => p * 3 >= top[1]).map(([iso]) => iso);
}

/**
 * Cities and provinces into the phrase scan. A name that is both a province and a city elsewhere goes to the clearly
 * larger ("Ontario": the province, not the Californian city; "Victoria": the Australian state or the Canadian city):
 * a province weighs a tenth of the population of its cities.
 */
function addCitiesAndProvinces(
  scan: Map<string, Entry>,
  cityPops: Populations,
  provincePops: Populations,
): Map<string, string[]> {
  const provinces = new Map<string, string[]>();
  const addCity = (key: string, isos: string[], source: NameSource) =>
    putEntry(scan, key, { kind: 'city', isos, lang: null, source });
  for (const [key, pops] of provincePops) {
    const isos = dominant(pops, MIN_PROVINCE_POPULATION);
    if (!isos.length) continue;
    const merged = new Map([...pops].map(([iso, p]) => [iso, p / 10]));
    for (const [iso, p] of cityPops.get(key) ?? []) merged.set(iso, Math.max(merged.get(iso) ?? 0, p));
    addCity(key, dominant(merged, 0), cityPops.has(key) ? 'populousCity' : 'province');
    provinces.set(key, isos);
  }
  for (const [key, pops] of cityPops) {
    if (provinces.has(key)) continue;
    const isos = dominant(pops, 0);
    if (isos.length) addCity(key, isos, 'populousCity');
  }
  return provinces;
}

/**
 * Time zone → country: by CLDR's windowsZones (each zone's territory), else by city-timezones (the country with most
 * people in the zone).
 */
function zoneCountries(zonePops: Populations): Map<string, string> {
  const zoneCountry = new Map<string, string>();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const windowsZones = require('cldr-core/supplemental/windowsZones.json') as {
    supplemental: { windowsZones: { mapTimezones: Array<{ mapZone: { _type: string; _territory: string } }> } };
  };
  for (const { mapZone } of windowsZones.supplemental.windowsZones.mapTimezones) {
    if (!/^[A-Z]{2}$/.test(mapZone._territory) || mapZone._territory === 'ZZ') continue;
    for (const zone of mapZone._type.split(' ')) if (!zoneCountry.has(zone)) zoneCountry.set(zone, mapZone._territory);
  }
  for (const [zone, pops] of zonePops) {
    if (zoneCountry.has(zone)) continue;
    const top = [...pops.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) zoneCountry.set(zone, top[0]);
  }
  return zoneCountry;
}

/** CLDR exemplar cities of time zones (東京, ソウル, トロント, Wien, Genf …) and each zone ID's own city. */
function addExemplarCities(
  scan: Map<string, Entry>,
  zoneCountry: Map<string, string>,
  largestCityByName: Map<string, { iso: string }>,
  norm: (s: string) => string,
  notPlaces: Set<string>,
): void {
  for (const locale of CLDR_EXEMPLAR_LOCALES) {
    let data: { main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }> };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      data = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
    } catch {
      continue;
    }
    const zones = Object.values(data.main)[0]!.dates.timeZoneNames.zone;
    const walk = (node: unknown, path: string[]) => {
      if (!node || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      if (obj._type === 'zone') {
        const zoneCity = path[path.length - 1]!.replace(/_/g, ' ');
        const iso = zoneCountry.get(path.join('/')) ?? largestCityByName.get(norm(zoneCity))?.iso;
        // the zone ID's own city ("America/Port_of_Spain") and the localised exemplar city
        const names = [zoneCity];
        if (typeof obj.exemplarCity === 'string') names.push(obj.exemplarCity);
        for (const name of names) {
          const key = norm(name);
          if (iso && key.length >= 2 && !notPlaces.has(key))
            putEntry(scan, key, { kind: 'city', isos: [iso], lang: null, source: 'exemplarCity' });
        }
        return;
      }
      for (const [k, v] of Object.entries(obj)) walk(v, [...path, k]);
    };
    walk(zones, []);
  }
}

/** Japanese prefectures (大阪府, 大阪, おおさか, Osaka). */
function addPrefectures(scan: Map<string, Entry>, norm: (s: string) => string, notPlaces: Set<string>): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jp = require('jp-prefecture') as {
    getAll(type: string): Array<{ name: string; short: string; kana: string; en: string }>;
  };
  for (const p of jp.getAll('pref')) {
    for (const n of [p.name, p.short, p.kana, p.en]) {
      const key = norm(n);
      if (key.length >= 2 && !notPlaces.has(key))
        putEntry(scan, key, { kind: 'city', isos: ['JP'], lang: null, source: 'prefecture' });
    }
  }
}
