import type Database from 'better-sqlite3';
import type { EventRecord, QuoteRecord } from '../../doc/layers.js';
import { actorKeys } from '../store.js';

/** Writes the actor-key rows that make `source` / `target` / `speaker` filters index lookups. */
export interface KeyWriter {
  event(rowid: number | bigint, record: EventRecord): void;
  quote(rowid: number | bigint, record: QuoteRecord): void;
}

/**
 * One row per (role, key) of each event, and one per (source key, target key) pair, so that a filter on
 * `RUS` → `UKR` is a range scan of one index however many events there are, already in date order.
 */
export function createKeyWriter(db: Database.Database): KeyWriter {
  const actorRow = db.prepare(
    'INSERT INTO event_actor_keys (role, key, date, event_rowid) VALUES (?, ?, ?, ?)',
  );
  const dyadRow = db.prepare(
    'INSERT INTO event_dyad_keys (source_key, target_key, date, event_rowid) VALUES (?, ?, ?, ?)',
  );
  const speakerRow = db.prepare('INSERT INTO quote_speaker_keys (key, date, quote_rowid) VALUES (?, ?, ?)');
  return {
    event(rowid, record) {
      const sourceKeys = record.source ? actorKeys(record.source) : [];
      const targetKeys = record.target ? actorKeys(record.target) : [];
      for (const key of sourceKeys) actorRow.run('s', key, record.date, rowid);
      for (const key of targetKeys) actorRow.run('t', key, record.date, rowid);
      for (const source of sourceKeys) {
        for (const target of targetKeys) dyadRow.run(source, target, record.date, rowid);
      }
    },
    quote(rowid, record) {
      if (!record.speakerActor) return;
      for (const key of actorKeys(record.speakerActor)) speakerRow.run(key, record.date, rowid);
    },
  };
}
