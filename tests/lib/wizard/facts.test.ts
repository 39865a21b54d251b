import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../../src/lib/storage';
import {
  FACTS_KEY,
  factFor,
  factsEstablished,
  loadFacts,
  parseFacts,
  preAnswer,
  recordFacts,
} from '../../../src/lib/wizard/facts';
import { fakeStore } from '../fake-store';
import { formal, pppType, stage } from './fixtures/index';

const fact = (value: string, tree = 'fixture-stage') => ({ value, tree, title: 'How far along?', savedAt: 1 });

describe('factsEstablished', () => {
  it('takes the fact a result sets, once the answers are complete', () => {
    expect(factsEstablished(stage(), ['no'])).toEqual({ 'community-stage': 'emerging' });
    expect(factsEstablished(stage(), ['yes'])).toEqual({});
    expect(factsEstablished(stage(), ['yes', 'not-sure'])).toEqual({});
  });

  it('takes a shared question answered with a value, but not "not sure"', () => {
    expect(factsEstablished(formal(), ['advanced'])).toEqual({ 'community-stage': 'advanced' });
    expect(factsEstablished(formal(), ['not-sure', 'yes'])).toEqual({});
    expect(factsEstablished(pppType(), ['culture'])).toEqual({});
    expect(factsEstablished(formal(), ['nonsense'])).toEqual({});
  });
});

describe('recordFacts and loadFacts', () => {
  it('keep facts by key, attributed to the wizard that established them', () => {
    const store = fakeStore();
    const storage = safeStorage(() => store);
    recordFacts(storage, stage(), ['no'], 5);
    expect(loadFacts(storage)).toEqual({
      'community-stage': { value: 'emerging', tree: 'fixture-stage', title: stage().title, savedAt: 5 },
    });
    // A later answer elsewhere replaces it.
    recordFacts(storage, formal(), ['mature'], 6);
    expect(loadFacts(storage)['community-stage']).toMatchObject({ value: 'mature', tree: 'fixture-formal' });
  });

  it('keep where a fact came from when an answer only repeats it (as a pre-answer does)', () => {
    const store = fakeStore();
    const storage = safeStorage(() => store);
    recordFacts(storage, stage(), ['no'], 5);
    recordFacts(storage, formal(), ['emerging', 'yes'], 6);
    expect(loadFacts(storage)['community-stage']).toEqual({
      value: 'emerging',
      tree: 'fixture-stage',
      title: stage().title,
      savedAt: 5,
    });
  });

  it('write nothing when nothing is established, and survive blocked storage', () => {
    const store = fakeStore();
    recordFacts(
      safeStorage(() => store),
      stage(),
      ['yes'],
    );
    expect(store.data.has(FACTS_KEY)).toBe(false);
    const blocked = safeStorage(() => fakeStore({ read: true, write: true }));
    // The page still knows what it just established; nothing is kept.
    expect(recordFacts(blocked, stage(), ['no'])).toMatchObject({ 'community-stage': { value: 'emerging' } });
    expect(loadFacts(blocked)).toEqual({});
  });
});

describe('parseFacts', () => {
  it.each([null, '', 'not json', '[]', '42', 'null', '"x"', 'x'.repeat(30_000)])('reads %j as no facts', (raw) => {
    expect(parseFacts(raw)).toEqual({});
  });

  it('keeps the well-formed facts and drops the rest', () => {
    const raw = JSON.stringify({ good: fact('emerging'), bad: { value: 3 }, worse: 'emerging' });
    expect(parseFacts(raw)).toEqual({ good: fact('emerging') });
  });
});

describe('preAnswer', () => {
  const f = formal();
  const q = f.questions[0]!;

  it('answers a shared question from a fact another wizard established, and says where it came from', () => {
    const known = { 'community-stage': fact('emerging') };
    expect(preAnswer(f, [], known)).toEqual({ answers: ['emerging'], from: { 'q-stage': fact('emerging') } });
    // It stops at the first question the reader must answer.
    expect(preAnswer(f, ['advanced'], known)).toEqual({ answers: ['advanced'], from: {} });
  });

  it('does not answer from the same wizard, from an unknown fact, or with a value the question lacks', () => {
    expect(factFor(f, q, { 'community-stage': fact('emerging', 'fixture-formal') })).toBeUndefined();
    expect(factFor(f, q, {})).toBeUndefined();
    expect(factFor(f, q, { 'community-stage': fact('nascent') })).toBeUndefined();
    expect(factFor(pppType(), pppType().questions[0]!, { 'community-stage': fact('emerging') })).toBeUndefined();
    expect(preAnswer(f, [], {})).toEqual({ answers: [], from: {} });
  });
});
