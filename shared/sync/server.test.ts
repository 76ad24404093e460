import { describe, expect, it } from 'vitest';
import { connectionVerdict, serverOrigin, serverUrlProblem } from './server';
import { mergeUnit, unitDifferences } from './conflicts';
import { signedSample } from '../sla/testSupport';
import { unitData } from './mapping';

describe('the team server address', () => {
  it.each([
    ['https://couch.example.com', null],
    ['http://127.0.0.1:5984', null],
    ['http://localhost:5984/', null],
    ['http://couch.example.com', 'httpsRequired'],
    ['https://admin:secret@couch.example.com', 'hasCredentials'],
    ['ftp://couch.example.com', 'notAUrl'],
    ['couch.example.com', 'notAUrl'],
    ['', 'empty'],
  ])('%s → %s', (url, problem) => expect(serverUrlProblem(url, 'accord-team')).toBe(problem));

  it('refuses a database name CouchDB would refuse', () => {
    expect(serverUrlProblem('https://couch.example.com', 'Team A')).toBe('badDatabase');
  });

  it('allows connections only to the server origin, default ports left out', () => {
    expect(serverOrigin('https://Couch.Example.com:443/some/path')).toBe('https://couch.example.com');
    expect(serverOrigin('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984');
    expect(serverOrigin('javascript:alert(1)')).toBeNull();
  });
});

describe('what Test connection says', () => {
  it.each([
    [{ status: 200, body: { db_name: 'team' } }, 'ok'],
    [{ status: 401 }, 'wrongCredentials'],
    [{ status: 403 }, 'forbidden'],
    [{ status: 404 }, 'databaseMissing'],
    [{ status: 500 }, 'serverError'],
    [{ status: 200, body: '<html>' }, 'notCouch'],
    [{ networkError: true }, 'unreachable'],
    [{ networkError: true, reachableWithoutCors: true }, 'cors'],
    [{ networkError: true, tlsFailed: true }, 'tls'],
  ] as const)('%o → %s', (probe, verdict) => expect(connectionVerdict(probe)).toBe(verdict));
});

describe('resolving a conflict on a step', () => {
  const w = signedSample();
  const mine = unitData(w, 'handOff') as Record<string, unknown>;
  const theirs = { ...mine, routingDetail: 'Theirs' };
  it('lists only the fields that differ, and takes each from the side picked', () => {
    const mineEdited = { ...mine, routingDetail: 'Mine' };
    expect(unitDifferences(mineEdited, theirs).map((d) => d.field)).toEqual(['routingDetail']);
    expect(mergeUnit('handOff', mineEdited, theirs, { routingDetail: 'theirs' })).toMatchObject({
      ok: true,
      data: { routingDetail: 'Theirs' },
    });
    expect(mergeUnit('handOff', mineEdited, theirs, {})).toMatchObject({ ok: true, data: { routingDetail: 'Mine' } });
  });
  it('refuses a merge that would not be a valid step, naming the field', () => {
    expect(mergeUnit('goals', { currency: 'EUR', goals: [], agreement: {} }, { currency: 'euro' }, { currency: 'theirs' })).toMatchObject({
      ok: false,
    });
  });
});
