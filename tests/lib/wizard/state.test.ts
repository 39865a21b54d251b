import { describe, expect, it } from 'vitest';
import {
  decodeState,
  encodeState,
  MAX_STATE_LENGTH,
  parseStored,
  serializeStored,
  storageKey,
} from '../../../src/lib/wizard/state';
import { pppType } from './fixtures/index';

const tree = pppType(); // version 3

const errorOf = (input: unknown) => {
  const result = decodeState(tree, input);
  if (result.ok) throw new Error(`expected an error for ${String(input)}`);
  return result.error;
};

describe('encodeState', () => {
  it('writes the version and the answer ids, dot-separated', () => {
    expect(encodeState(tree, [])).toBe('3');
    expect(encodeState(tree, ['protect-ci', 'yes'])).toBe('3.protect-ci.yes');
  });

  it('encodes only the part of the answers that fits the tree', () => {
    expect(encodeState(tree, ['protect-ci', 'maybe', 'yes'])).toBe('3.protect-ci');
  });

  it('uses only characters that need no escaping in a URL', () => {
    const encoded = encodeState(tree, ['share-info', 'no']);
    expect(encodeURIComponent(encoded)).toBe(encoded);
  });
});

describe('decodeState', () => {
  it('reads what encodeState wrote', () => {
    expect(decodeState(tree, '3.protect-ci.yes')).toEqual({ ok: true, answers: ['protect-ci', 'yes'] });
    expect(decodeState(tree, '3')).toEqual({ ok: true, answers: [] });
    expect(decodeState(tree, '3.share-info')).toEqual({ ok: true, answers: ['share-info'] });
  });

  it('forgives what copying a link does to it', () => {
    for (const input of [
      '#3.protect-ci.yes',
      '3.protect-ci.yes.',
      ' 3.protect-ci.yes\n',
      '3%2Eprotect-ci%2Eyes',
      '3.PROTECT-CI.Yes',
    ]) {
      expect(decodeState(tree, input), input).toEqual({ ok: true, answers: ['protect-ci', 'yes'] });
    }
  });

  it.each([
    ['empty', null],
    ['empty', undefined],
    ['empty', ''],
    ['empty', '   '],
    ['malformed', 42],
    ['malformed', {}],
    ['malformed', ['3', 'yes']],
    ['malformed', '3..yes'],
    ['malformed', 'v3.yes'],
    ['malformed', '3.yes no'],
    ['malformed', '3.%E0%A4%A'],
    ['malformed', '3.protect-ci.ÿes'],
    ['unknown-answer', '3.maybe'],
    ['too-long', `3.${'a'.repeat(MAX_STATE_LENGTH)}`],
    ['wrong-version', '2.protect-ci.yes'],
    ['wrong-version', '4'],
    ['unknown-answer', '3.protect-ci.maybe'],
    ['extra-answers', '3.culture.yes'],
  ] as const)('reports %s for %j', (code, input) => {
    const error = errorOf(input);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/start again/);
  });

  it('says which answers are still usable', () => {
    expect(errorOf('3.maybe').usable).toEqual([]);
    expect(errorOf('3.protect-ci.maybe').usable).toEqual(['protect-ci']);
    expect(errorOf('3.culture.yes').usable).toEqual(['culture']);
    expect(errorOf('2.protect-ci.yes').usable).toEqual([]);
  });

  it('words the messages for the reader, offering only what the answers allow', () => {
    expect(errorOf('2.protect-ci').message).toBe(
      'This link was made with an earlier version of this tool, whose questions have since changed, so its answers may no longer mean the same. You can start again from the first question.',
    );
    expect(errorOf('3.protect-ci.maybe').message).toBe(
      'Answer 2 in this link is not one of the choices for that question, so the answers stop there. You can carry on from question 2 with your first answer, or start again.',
    );
    // Nothing usable: no "carry on from question 1".
    expect(errorOf('3.maybe').message).toBe(
      'The first answer in this link is not one of the choices for the first question, so none of its answers could be used. You can start again from the first question.',
    );
    expect(errorOf('3.culture.yes').message).toBe(
      'This link has more answers than there are questions; the extra ones were left out. You can see the result of your first answer, or start again.',
    );
    expect(errorOf('3.protect-ci.yes.no.no').message).toContain('the result of your first 2 answers');
  });

  it('calls a table that gives no result a fault of the tool, not of the link', () => {
    const gap = pppType();
    gap.rules = gap.rules.filter((r) => r.id !== 'culture');
    const result = decodeState(gap, '3.culture');
    expect(result).toMatchObject({ ok: false, error: { code: 'broken-tree', usable: [] } });
  });
});

describe('stored answers', () => {
  it('are kept under a key per tree', () => {
    expect(storageKey('ppp-type')).toBe('cgg:wizard:ppp-type');
  });

  it('round-trip through serializeStored', () => {
    const raw = serializeStored(tree, ['protect-ci', 'yes'], 1_700_000_000_000);
    expect(JSON.parse(raw)).toEqual({ v: 3, answers: ['protect-ci', 'yes'], savedAt: 1_700_000_000_000 });
    expect(parseStored(raw, tree)).toEqual({ ok: true, answers: ['protect-ci', 'yes'], savedAt: 1_700_000_000_000 });
  });

  it.each([
    ['absent', null],
    ['corrupt', ''],
    ['corrupt', '{"v":3,'],
    ['corrupt', 'undefined'],
    ['corrupt', 'x'.repeat(200_000)],
    ['foreign', 'null'],
    ['foreign', '42'],
    ['foreign', '"3.protect-ci"'],
    ['foreign', '[]'],
    ['foreign', '{"theme":"dark"}'],
    ['foreign', '{"v":"3","answers":[],"savedAt":1}'],
    ['foreign', '{"v":3,"answers":"protect-ci","savedAt":1}'],
    ['foreign', '{"v":3,"answers":[1,2],"savedAt":1}'],
    ['foreign', '{"v":3,"answers":[]}'],
    ['foreign', '{"__proto__":{"v":3},"answers":[],"savedAt":1}'],
    ['other-version', '{"v":2,"answers":["protect-ci"],"savedAt":1}'],
    ['stale', '{"v":3,"answers":["protect-ci","perhaps"],"savedAt":1}'],
    ['foreign', `{"v":3,"answers":[${'"a",'.repeat(600)}"a"],"savedAt":1}`],
  ] as const)('are refused as %s: %s', (reason, raw) => {
    const result = parseStored(raw, tree);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message.length).toBeGreaterThan(0);
  });
});
