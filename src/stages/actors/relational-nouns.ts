/**
 * Nouns that name the other party of a relation: a state's partners, allies and creditors are other states and
 * banks, not the state itself ("West Germany's industrial partners", "its commercial bank creditors").
 */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set(
  (
    'partner partners ally allies creditor creditors lender lenders donor donors backer backers critic critics ' +
    'rival rivals competitor competitors neighbour neighbours neighbor neighbors opponent opponents enemy ' +
    'enemies customer customers supplier suppliers'
  ).split(' '),
);
