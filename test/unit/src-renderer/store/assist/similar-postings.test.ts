import { describe, expect, it } from 'vitest';
import { termsOf } from '../../../../../src-renderer/domain/assist/similar';
import { createPostings, type Postings } from '../../../../../src-renderer/store/assist/similar-postings';
import { loadComplaintTexts } from '../../../../fixtures/reviews';

const TEXTS = loadComplaintTexts().slice(0, 300);

/** Staged cases (a build), a few added after a first pack (the overflow) and a few removed. */
function filled(): Postings {
  const postings = createPostings();
  TEXTS.slice(0, 200).forEach((text, i) => postings.stage(`c${i}`, termsOf(text), i));
  return postings;
}

function changed(postings: Postings): Postings {
  TEXTS.slice(200).forEach((text, i) => postings.add(`d${i}`, termsOf(text), i));
  for (let i = 0; i < 200; i += 9) postings.remove(`c${i}`);
  return postings;
}

/** What a search reads: every case's ordinal and norm, every bigram's df, stop mark and posting sums. */
function observed(postings: Postings) {
  const ids = [...TEXTS.slice(0, 200).map((_, i) => `c${i}`), ...TEXTS.slice(200).map((_, i) => `d${i}`)];
  const cases = ids.map((id) => {
    const ordinal = postings.ordinalOf(id);
    return { id, ordinal, norm: ordinal < 0 ? null : postings.norm(ordinal), length: ordinal < 0 ? null : postings.length(ordinal) };
  });
  const sums = new Float64Array(postings.capacity());
  const touched = new Int32Array(postings.capacity());
  const terms = [...new Set(TEXTS.flatMap(termsOf))].slice(0, 400).map((term) => {
    const tid = postings.termId(term);
    if (tid === undefined) return { term };
    const count = postings.accumulate(tid, 1, sums, touched, 0, -1);
    const hits = [...touched.subarray(0, count)].map((ordinal) => postings.idOf(ordinal)).sort();
    for (const ordinal of touched.subarray(0, count)) sums[ordinal] = 0;
    return { term, df: postings.df(tid), stop: postings.isStop(tid), hits };
  });
  return { size: postings.size(), entries: postings.entries(), cases, terms };
}

describe('postings packed in steps', () => {
  it('yield between steps and end exactly as a pack in one go, for a build and for a repack after changes', () => {
    const whole = filled();
    whole.pack();
    const stepped = filled();
    let steps = 0;
    for (const _ of stepped.packSteps(500)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(observed(stepped)).toEqual(observed(whole));

    changed(whole).pack();
    steps = 0;
    for (const _ of changed(stepped).packSteps(500)) steps++;
    expect(steps).toBeGreaterThan(10);
    const after = observed(stepped);
    expect(after).toEqual(observed(whole));
    expect(after.cases.filter((c) => c.ordinal < 0).map((c) => c.id)).toEqual(TEXTS.slice(0, 200).flatMap((_, i) => (i % 9 === 0 ? [`c${i}`] : [])));
  });

  it('are repacked by maintenance once the overflow grew, as a pack in one go, and left alone otherwise', () => {
    const whole = filled();
    whole.pack();
    const untouched = observed(whole);
    const idle = [...whole.maintainSteps(0.5)];
    expect(idle).toHaveLength(0);
    expect(observed(whole)).toEqual(untouched);

    const maintained = filled();
    maintained.pack();
    changed(maintained);
    const unpacked = observed(maintained);
    Array.from(maintained.maintainSteps(0.5));
    changed(whole).pack();
    expect(observed(maintained)).toEqual(observed(whole));
    // It did pack: the hundred added cases moved out of the overflow, renumbered after the live ones.
    expect(observed(maintained)).not.toEqual(unpacked);
  });
});

describe('the length of a case', () => {
  it('counts its bigrams that are not stop-bigrams, as its norm does: added, packed, and once a bigram turned common', () => {
    const postings = createPostings();
    postings.add('fridge', ['冰箱', '箱不', '不制', '制冷'], 1);
    expect(postings.length(postings.ordinalOf('fridge'))).toBe(4);
    // 快递 in every one of 120 more cases: a stop-bigram from the next pack on, in no length.
    for (let i = 0; i < 120; i += 1) postings.add(`parcel${i}`, ['快递', `${String.fromCodePoint(0x4e00 + i)}字`], i);
    postings.add('both', ['冰箱', '快递', '丢了'], 2);
    expect(postings.length(postings.ordinalOf('both'))).toBe(3);
    postings.pack();
    expect(postings.isStop(postings.termId('快递')!)).toBe(true);
    expect(postings.length(postings.ordinalOf('both'))).toBe(2);
    expect(postings.length(postings.ordinalOf('fridge'))).toBe(4);
    expect(postings.length(postings.ordinalOf('parcel0'))).toBe(1);
  });
});
