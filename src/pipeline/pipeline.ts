import { createDoc, withLayer, type Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/layers.js';
import { DyadError } from '../errors/dyad-error.js';
import type { Article } from '../readers/article.js';
import type { Diagnostic, Stage } from './stage.js';

export interface Analysis {
  readonly doc: Doc;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** `name@version` of every stage, in order. */
  readonly versions: readonly string[];
  /** Dictionary and table versions of all stages, merged. */
  readonly dictionaries: Readonly<Record<string, string>>;
  analyse(article: Article): Analysis;
  /** Runs the stages over a Doc that may already carry some layers. */
  run(doc: Doc): Analysis;
}

/**
 * Composes stages into a pipeline, checking when it is built that each stage's `requires` are produced by
 * an earlier stage and that no layer is produced twice.
 */
export function pipeline(stages: readonly Stage[]): Pipeline {
  const produced = new Set<LayerName>();
  for (const stage of stages) {
    for (const needed of stage.requires) {
      if (!produced.has(needed)) {
        throw new DyadError(
          'STAGE_ORDER',
          `stage "${stage.name}" requires the "${needed}" layer, but no stage before it produces it ` +
            `(produced so far: ${[...produced].join(', ') || 'none'}); put the stage that produces ` +
            `"${needed}" earlier in the pipeline`,
          { stage: stage.name, layer: needed },
        );
      }
    }
    if (produced.has(stage.produces)) {
      throw new DyadError(
        'STAGE_DUPLICATE',
        `stage "${stage.name}" produces "${stage.produces}", which an earlier stage already produces; remove one of them`,
        { stage: stage.name, layer: stage.produces },
      );
    }
    produced.add(stage.produces);
  }
  const dictionaries: Record<string, string> = {};
  for (const stage of stages) Object.assign(dictionaries, stage.dictionaries ?? {});

  function run(start: Doc): Analysis {
    let doc = start;
    const diagnostics: Diagnostic[] = [];
    for (const stage of stages) {
      const result = stage.run(doc);
      doc = withLayer(doc, stage.produces, result.layer, {
        stage: stage.name,
        version: stage.version,
        ...(stage.dictionaries ? { dictionaries: stage.dictionaries } : {}),
      });
      for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    }
    return { doc, diagnostics };
  }

  return {
    stages,
    versions: stages.map((stage) => `${stage.name}@${stage.version}`),
    dictionaries,
    analyse: (article) => run(createDoc(article)),
    run,
  };
}
