import type { Doc } from '../doc/doc.js';
import type { LayerName, Layers } from '../doc/layers.js';

/** Something odd a stage met in the text: data, never a log line or a throw. */
export interface Diagnostic {
  readonly stage: string;
  readonly rule: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface StageResult<P extends LayerName> {
  readonly layer: Layers[P];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A stage: made once by a factory from its options, then a pure function from a Doc (carrying the layers it
 * `requires`) to the layer it `produces`.
 */
export interface Stage<P extends LayerName = LayerName> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly produces: P;
  /** Versions of the dictionaries and tables the stage was built with, recorded with every result. */
  readonly dictionaries?: Readonly<Record<string, string>>;
  run(doc: Doc): StageResult<P>;
}
