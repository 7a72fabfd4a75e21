// The parts of NLP.js this project uses (the packages ship no type declarations).
declare module '@nlpjs/neural' {
  export interface NeuralNetworkJson {
    settings: Record<string, unknown>;
    features: string[];
    intents: string[];
    perceptrons: number[][];
  }
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean | ((status: { iterations: number; error: number }, ms: number) => void);
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): {
      iterations: number;
      error: number;
    };
    run(input: Record<string, number>): Record<string, number> | undefined;
    explain(
      input: Record<string, number>,
      intent: string,
    ): { weights: Record<string, number>; bias: number } | Record<string, never>;
    toJSON(): NeuralNetworkJson;
    fromJSON(json: NeuralNetworkJson): void;
  }
}

declare module '@nlpjs/lang-ja' {
  export class TokenizerJa {
    tokenize(text: string, normalize?: boolean): string[];
  }
}
