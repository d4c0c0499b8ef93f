export { createPlacesStage, type PlacesStageOptions } from './places-stage.js';
export {
  loadGazetteer,
  GAZETTEER_FILES,
  type Gazetteer,
  type GazetteerCity,
  type GazetteerCountry,
  type GazetteerRegion,
  type CityCandidate,
  type CityLookupOptions,
  type CityMatch,
  type AmbiguousName,
  type AmbiguityReason,
} from './gazetteer.js';
export { foldName } from './fold-name.js';
