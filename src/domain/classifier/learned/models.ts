import { defaultDataDir, readDataFile } from '../../data/dataFiles';
import { HiddenLayerModel } from './hiddenLayer';
import { LearnedModel } from './model';
import { NbLogisticModel } from './nbLogistic';

/** The learned models (a broken file stops start-up, naming it). */
export interface LearnedModels {
  severity: LearnedModel;
  /** The severity network's second opinion (see nbLogistic.ts); the two are averaged. */
  severityNb: NbLogisticModel;
  /** The third reading of severity, with a hidden layer (see hiddenLayer.ts); the three are averaged. */
  severityHidden: HiddenLayerModel;
  category: LearnedModel;
}

export function loadLearnedModels(dataDir = defaultDataDir()): LearnedModels {
  const read = (name: string) => readDataFile(dataDir, `model/${name}.json`);
  const severity = LearnedModel.fromFile(read('severity'), 'data/model/severity.json');
  // the three severity files are trained on the same examples and list the same features: one index serves them, so
  // a text's features are looked up once for the three; a file listing others (the category model's) loads with an
  // index of its own over the same vocabulary
  const shared = severity.features;
  return {
    severity,
    severityNb: NbLogisticModel.fromFile(read('severity-nb'), 'data/model/severity-nb.json', shared),
    severityHidden: HiddenLayerModel.fromFile(read('severity-hidden'), 'data/model/severity-hidden.json', shared),
    category: LearnedModel.fromFile(read('category'), 'data/model/category.json', shared),
  };
}

let shipped: LearnedModels | undefined;

/**
 * The models in data/model/, read and validated on first use: the composition root asks for them at start-up, so a
 * broken file still stops the bot there, while the training script (which writes them) runs without them.
 */
export function shippedModels(): LearnedModels {
  return (shipped ??= loadLearnedModels());
}
