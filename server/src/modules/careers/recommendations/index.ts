import type {
  RecommendationContext,
  TRecommendation,
} from '../../../../../contracts/careers-recommendations';
import { loadCatalogue } from './catalogue';
import { CATALOGUE_FILES } from './entries';
import { recommendFrom } from './engine';
import type { Catalogue } from './schema';

export { CatalogueError, loadCatalogue, resolveFrameworkRef } from './catalogue';
export { describeBasis, RENEWAL_WINDOW_DAYS, REASON_CODES } from './engine';
export type { Catalogue, CatalogueEntry, CatalogueFile } from './schema';

/** The catalogue of the repository's data files, checked when this module is first imported. */
export const CATALOGUE: Catalogue = loadCatalogue(CATALOGUE_FILES);

/**
 * Recommendations for one person: pure and deterministic (the same context gives the same
 * list), best first, each with its reasons and sources. Entries already in the person's plan
 * stay listed (marked inPlan) after all the others.
 */
export function recommend(
  ctx: RecommendationContext,
  catalogue: Catalogue = CATALOGUE,
): TRecommendation[] {
  return recommendFrom(ctx, catalogue);
}

/** A catalogue entry by key (e.g. to tell whether a plan goal's recommendationKey is known). */
export function catalogueEntry(key: string, catalogue: Catalogue = CATALOGUE) {
  return catalogue.entries.find((e) => e.key === key) ?? null;
}
