import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTriageData } from '../../src/domain/data/loadData';
import { renderSeedOddities } from './render';

// Regenerates docs/seed-oddities.md after a change to data/ or to the seed checks.
const target = join(__dirname, '..', '..', 'docs', 'seed-oddities.md');
writeFileSync(target, renderSeedOddities(loadTriageData()));
console.log(`wrote ${target}`);
