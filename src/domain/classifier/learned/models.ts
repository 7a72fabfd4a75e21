import { defaultDataDir, readDataFile } from '../../data/dataFiles';
import { LearnedModel } from './model';

/** The two learned models, read and validated once at module load (a broken file stops start-up, naming it). */
export interface LearnedModels {
  severity: LearnedModel;
  category: LearnedModel;
}

export function loadLearnedModels(dataDir = defaultDataDir()): LearnedModels {
  const load = (name: string) =>
    LearnedModel.fromFile(readDataFile(dataDir, `model/${name}.json`), `data/model/${name}.json`);
  return { severity: load('severity'), category: load('category') };
}

export const MODELS: LearnedModels = loadLearnedModels();
