import type Database from 'better-sqlite3';
import { MODALITIES } from '../../doc/layers.js';
import type { StoreStats } from '../store.js';

/** Counts of what the store holds. */
export function createStats(db: Database.Database): () => StoreStats {
  // The article counts in one pass over the articles (count(x) counts the rows where x is not null).
  const totals = db.prepare(`
    SELECT count(*) AS articles,
           count(copy_of) AS copies,
           count(copy_similarity) AS nearCopies,
           (SELECT count(*) FROM events) AS events,
           (SELECT count(*) FROM quotes) AS quotes,
           (SELECT count(*) FROM mentions) AS mentions,
           count(DISTINCT source) AS sources,
           min(published) AS firstPublished,
           max(published) AS lastPublished
    FROM articles`);
  const byModality = db.prepare('SELECT modality AS key, count(*) AS n FROM events GROUP BY modality');
  const byQuadClass = db.prepare('SELECT quad_class AS key, count(*) AS n FROM events GROUP BY quad_class');

  return function stats() {
    const row = totals.get() as Omit<StoreStats, 'eventsByModality' | 'eventsByQuadClass'>;
    const eventsByModality: Record<string, number> = Object.fromEntries(
      MODALITIES.map((modality) => [modality, 0]),
    );
    for (const { key, n } of byModality.all() as { key: string; n: number }[]) eventsByModality[key] = n;
    const eventsByQuadClass: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    for (const { key, n } of byQuadClass.all() as { key: number; n: number }[])
      eventsByQuadClass[String(key)] = n;
    return { ...row, eventsByModality, eventsByQuadClass };
  };
}
