import { describe, expect, it } from 'vitest';
import { currentRelease, isReleaseId, keptReleases, nextReleaseId, previousRelease, pruneList, sortReleases } from './releases.ts';

const at = new Date('2026-11-23T10:15:00.123Z');
const ids = (n: number) => Array.from({ length: n }, (_, i) => `${String(i + 1).padStart(6, '0')}-20261123T1015${String(i).padStart(2, '0')}Z`);

describe('release names', () => {
  it('number releases one above the highest on the server, then say when and which commit', () => {
    expect(nextReleaseId([], at)).toBe('000001-20261123T101500Z');
    expect(nextReleaseId(['000007-20261122T090000Z-abcdef1'], at, '0123456789abcdef0123456789abcdef01234567')).toBe('000008-20261123T101500Z-0123456789ab');
    // A server clock ahead of ours, or two deploys in one second, still give a later, unique id.
    expect(nextReleaseId(['000002-20991231T000000Z'], at)).toBe('000003-20261123T101500Z');
    expect(nextReleaseId(['000001-20261123T101500Z'], at)).not.toBe('000001-20261123T101500Z');
    expect(nextReleaseId([], at, 'not a commit')).toBe('000001-20261123T101500Z');
  });
  it('order releases by their number, not by text or clock, and ignore other folders', () => {
    expect(sortReleases(['000010-20260101T000000Z', '000009-20270101T000000Z', 'ghi-chu', '000011-20250101T000000Z.tmp'])).toEqual(['000009-20270101T000000Z', '000010-20260101T000000Z']);
    expect(isReleaseId('000001-20261123T101500Z-abcdef1')).toBe(true);
    expect(isReleaseId('../000001-20261123T101500Z')).toBe(false);
  });
  it('read the release a current link points to', () => {
    expect(currentRelease('releases/000003-20261123T101500Z')).toBe('000003-20261123T101500Z');
    expect(currentRelease('/srv/antq/releases/000003-20261123T101500Z/')).toBe('000003-20261123T101500Z');
    expect(currentRelease('/var/www/html')).toBeUndefined();
    expect(currentRelease(undefined)).toBeUndefined();
  });
});

describe('pruning', () => {
  it('keeps the last N releases and removes older ones and interrupted uploads', () => {
    const names = [...ids(7), '000005-20261123T101504Z.tmp', 'ghi-chu.tmp', 'sao-luu'];
    expect(pruneList(names, ids(7)[6], 5)).toEqual([ids(7)[0], ids(7)[1], '000005-20261123T101504Z.tmp']);
    expect(keptReleases(names, ids(7)[6], 5)).toEqual(ids(7).slice(2));
  });
  it('never removes the release being served, however old (after a rollback)', () => {
    expect(pruneList(ids(7), ids(7)[0], 3)).toEqual(ids(7).slice(1, 4));
  });
  it('refuses to keep fewer than one', () => {
    expect(() => pruneList(ids(2), undefined, 0)).toThrow(/từ 1 trở lên/);
  });
});

describe('rollback', () => {
  it('goes to the release deployed before the current one', () => {
    expect(previousRelease(ids(3), ids(3)[2])).toBe(ids(3)[1]);
    expect(previousRelease(ids(3), ids(3)[1])).toBe(ids(3)[0]);
    expect(previousRelease(ids(3), ids(3)[0])).toBeUndefined();
    expect(previousRelease(ids(3), undefined)).toBeUndefined();
  });
});
