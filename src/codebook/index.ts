export {
  loadCodebook,
  CODEBOOK_FILES,
  type Codebook,
  type CameoCode,
  type PloverMapping,
  type QuadClass,
} from './codebook.js';
