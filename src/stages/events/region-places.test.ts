import { describe, expect, it } from 'vitest';
import type { Doc } from '../../doc/doc.js';
import { recordActorKey } from '../../eval/article-gold.js';
import { analysed } from '../../../test/nlp-doc.js';

/** The events of a Doc as `source>target:code` with the name and country of their location. */
function coded(doc: Doc) {
  return (doc.layers.events ?? []).map(({ record }) => ({
    event: `${recordActorKey(record.source)}>${recordActorKey(record.target)}:${record.code}`,
    location: record.location && { name: record.location.name, country: record.location.country },
  }));
}

describe('events placed in a first-level region (a US state), as in a city', () => {
  it('takes the target of military exercises from the state they are held in', () => {
    const [exercise] = coded(analysed('Russia is conducting military exercises in Alaska.', '2015-03-01'));
    expect(exercise!.event).toMatch(/^RUS>USA:15\d?$/);
    expect(exercise!.location).toEqual({ name: 'Alaska', country: 'USA' });
  });

  it('places an event in the state its clause names', () => {
    const events = coded(
      analysed(
        'President Obama expressed sorrow for the horrific shootings in South Carolina.',
        '2015-06-18',
      ),
    );
    expect(events.map((event) => event.location)).toContainEqual({ name: 'South Carolina', country: 'USA' });
  });
});
