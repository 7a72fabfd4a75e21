import { defaultDataDir, readDataFile } from '../../data/dataFiles';
import { LearnedModel } from './model';
import { NbLogisticModel } from './nbLogistic';

/** The learned models, read and validated once at module load (a broken file stops start-up, naming it). */
export interface LearnedModels {
  severity: LearnedModel;
  /** The severity network's second opinion (see nbLogistic.ts); the two are averaged. */
  severityNb: NbLogisticModel;
  category: LearnedModel;
}

export function loadLearnedModels(dataDir = defaultDataDir()): LearnedModels {
  const read = (name: string) => readDataFile(dataDir, `model/${name}.json`);
  const load = (name: string) => LearnedModel.fromFile(read(name), `data/model/${name}.json`);
  return {
    severity: load('severity'),
    severityNb: NbLogisticModel.fromFile(read('severity-nb'), 'data/model/severity-nb.json'),
    category: load('category'),
  };
}

export const MODELS: LearnedModels = loadLearnedModels();
