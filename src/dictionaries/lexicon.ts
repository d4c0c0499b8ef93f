import { createHash } from 'node:crypto';
import { dataPath } from './data-dir.js';
import {
  cuesFile,
  modalityFile,
  toneFile,
  type CuesFile,
  type ModalityFile,
  type ToneFile,
} from './lexicon-schema.js';
import { readYamlFile } from './read-yaml-file.js';

/** Quote cues and modality frames, loaded from their data files. */
export interface Lexicon {
  readonly cues: CuesFile;
  readonly modality: ModalityFile;
  readonly tone: ToneFile;
  readonly files: readonly string[];
  readonly version: string;
}

export interface LexiconOptions {
  readonly cuesFile?: string;
  readonly modalityFile?: string;
  readonly toneFile?: string;
}

export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const cuesPath = options.cuesFile ?? dataPath('dictionaries', 'cues.yaml');
  const modalityPath = options.modalityFile ?? dataPath('dictionaries', 'modality.yaml');
  const tonePath = options.toneFile ?? dataPath('dictionaries', 'tone.yaml');
  const cues = readYamlFile(cuesPath, cuesFile, 'cues');
  const modality = readYamlFile(modalityPath, modalityFile, 'modality');
  const tone = readYamlFile(tonePath, toneFile, 'tone');
  const version = createHash('sha256')
    .update(cues.text)
    .update('\0')
    .update(modality.text)
    .update('\0')
    .update(tone.text)
    .digest('hex')
    .slice(0, 12);
  return {
    cues: cues.value,
    modality: modality.value,
    tone: tone.value,
    files: [cuesPath, modalityPath, tonePath],
    version,
  };
}
