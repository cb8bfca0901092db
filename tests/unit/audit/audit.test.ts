import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { auditToCsv, auditToJson } from '../../../entrypoints/background/audit-format';
import {
  createAuditLog,
  extensionAuditStorage,
  handleAuditMessage,
  parseAuditEvent,
  registerAuditHandler,
  type AuditStorage,
} from '../../../entrypoints/background/audit';
import { createDefaultChecker } from '../../../rules';
import { reasonProblem } from '../../../entrypoints/shared/reason-check';
import { AUDIT_REASON_MAX_LENGTH, STORAGE_KEYS, type AuditEvent } from '../../../entrypoints/shared/protocol';

const event = (n: number, extra: Partial<AuditEvent> = {}): AuditEvent => ({
  at: new Date(Date.UTC(2026, 10, 22, 0, 0, n)).toISOString(),
  platform: 'x',
  ruleIds: ['privacy/nhs-number'],
  action: 'blocked',
  ...extra,
});

function memoryStorage(): AuditStorage & { events: AuditEvent[] } {
  const store = {
    events: [] as AuditEvent[],
    // A macrotask between read and write widens the window a racing append would fall into.
    read: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return [...store.events];
    },
    write: async (events: AuditEvent[]) => {
      store.events = events;
    },
  };
  return store;
}

beforeEach(() => fakeBrowser.reset());

describe('audit log store', () => {
  it('keeps events oldest first', async () => {
    const log = createAuditLog(memoryStorage());
    await log.append(event(1));
    await log.append(event(2, { action: 'override', reason: 'approved by comms lead' }));
    expect(await log.list()).toEqual([event(1), event(2, { action: 'override', reason: 'approved by comms lead' })]);
  });

  it('evicts the oldest events beyond the cap', async () => {
    const log = createAuditLog(memoryStorage(), 3);
    for (let n = 1; n <= 5; n++) await log.append(event(n));
    expect((await log.list()).map((e) => e.at)).toEqual([event(3).at, event(4).at, event(5).at]);
  });

  it('counts checked drafts per site and day in one event instead of one event each', async () => {
    const log = createAuditLog(memoryStorage(), 10);
    const checked = (n: number, platform: AuditEvent['platform'] = 'x') => event(n, { action: 'checked', ruleIds: [], platform });
    for (let n = 1; n <= 50; n++) await log.append(checked(n));
    await log.append(checked(51, 'facebook'));
    const nextDay = { ...checked(1), at: '2026-11-23T08:00:00.000Z' };
    await log.append(nextDay);
    expect(await log.list()).toEqual([
      { ...checked(50), count: 50 },
      checked(51, 'facebook'),
      nextDay,
    ]);
  });

  it('never lets routine events evict overrides, escapes or unchecked posts', async () => {
    const log = createAuditLog(memoryStorage(), 3);
    await log.append(event(1, { action: 'override', reason: 'approved' }));
    await log.append(event(2, { action: 'escaped' }));
    for (let n = 3; n <= 20; n++) await log.append(event(n));
    expect((await log.list()).map((e) => e.action)).toEqual(['override', 'escaped', 'blocked']);
    expect((await log.list())[2]?.at).toBe(event(20).at);
  });

  it('loses no event when many tabs append at once', async () => {
    const log = createAuditLog(memoryStorage(), 1000);
    await Promise.all(Array.from({ length: 40 }, (_, n) => log.append(event(n))));
    expect(await log.list()).toHaveLength(40);
  });

  it('stores a burst of events with one read and one write, not one per event, in arrival order', async () => {
    const store = memoryStorage();
    const reads = vi.spyOn(store, 'read');
    const writes = vi.spyOn(store, 'write');
    const log = createAuditLog(store, 1000);
    await log.append(event(0));
    await Promise.all(Array.from({ length: 40 }, (_, n) => log.append(event(n + 1))));
    expect(writes).toHaveBeenCalledTimes(2);
    expect(reads).toHaveBeenCalledTimes(2);
    expect((await log.list()).map((e) => e.at)).toEqual(Array.from({ length: 41 }, (_, n) => event(n).at));
  });

  it('rejects every append of a burst whose write failed, and stores the next one', async () => {
    const store = memoryStorage();
    const log = createAuditLog(store);
    vi.spyOn(store, 'write').mockRejectedValueOnce(new Error('quota'));
    const failed = await Promise.allSettled([log.append(event(1)), log.append(event(2))]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await log.append(event(3));
    expect(await log.list()).toEqual([event(3)]);
  });

  it('clears', async () => {
    const log = createAuditLog(memoryStorage());
    await log.append(event(1));
    await log.clear();
    expect(await log.list()).toEqual([]);
  });

  it('persists in extension local storage under the protocol key', async () => {
    const log = createAuditLog(extensionAuditStorage());
    await log.append(event(7));
    const stored = await fakeBrowser.storage.local.get(STORAGE_KEYS.audit);
    expect(stored[STORAGE_KEYS.audit]).toEqual([event(7)]);
    expect(await createAuditLog(extensionAuditStorage()).list()).toEqual([event(7)]);
  });
});

describe('audit event validation', () => {
  it('drops fields that are not part of an audit event, such as draft text', () => {
    const parsed = parseAuditEvent({ ...event(1), text: 'Get well soon, NHS 943 476 5919' });
    expect(parsed).toEqual(event(1));
    expect(JSON.stringify(parsed)).not.toContain('943');
  });

  it.each([
    ['unknown platform', { platform: 'myspace' }],
    ['unknown action', { action: 'deleted' }],
    ['time that is not ISO', { at: 'yesterday' }],
    ['rule id with spaces', { ruleIds: ['privacy nhs'] }],
    ['empty reason', { reason: '   ' }],
    ['overlong reason', { reason: 'x'.repeat(AUDIT_REASON_MAX_LENGTH + 1) }],
  ])('rejects an event with %s', (_label, bad) => {
    expect(parseAuditEvent({ ...event(1), ...bad })).toBeNull();
  });

  it('trims the reason', () => {
    expect(parseAuditEvent(event(1, { action: 'override', reason: '  ok by legal \n' }))?.reason).toBe('ok by legal');
  });
});

describe('audit message handling', () => {
  it('ignores messages of other types', () => {
    const log = createAuditLog(memoryStorage());
    expect(handleAuditMessage(log, { type: 'tab-status' })).toBeUndefined();
    expect(handleAuditMessage(log, null)).toBeUndefined();
  });

  it('refuses an invalid event without writing', async () => {
    const store = memoryStorage();
    const reply = await handleAuditMessage(createAuditLog(store), { type: 'audit', event: { action: 'override' } });
    expect(reply).toEqual({ ok: false });
    expect(store.events).toEqual([]);
  });

  it('appends events sent with runtime.sendMessage once registered', async () => {
    registerAuditHandler();
    await fakeBrowser.runtime.sendMessage({ type: 'audit', event: event(3, { action: 'override', reason: 'ok' }) });
    await vi.waitFor(async () => expect(await createAuditLog(extensionAuditStorage()).list()).toHaveLength(1));
    expect((await createAuditLog(extensionAuditStorage()).list())[0]?.reason).toBe('ok');
  });
});

describe('audit export', () => {
  it('writes CSV with a header, quoted cells and spreadsheet formulas neutralised', () => {
    const csv = auditToCsv([
      event(1, { ruleIds: ['privacy/nhs-number', 'brand/name'] }),
      event(2, { action: 'override', reason: 'Approved, "as discussed"\nwith Sam' }),
      event(3, { action: 'override', reason: '=HYPERLINK("http://evil")' }),
    ]);
    const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(',');
    expect(csv.split('\r\n')).toEqual([
      q(['at', 'platform', 'ruleIds', 'action', 'reason', 'count', 'detail', 'until']),
      q([event(1).at, 'x', 'privacy/nhs-number brand/name', 'blocked', '', '', '', '']),
      q([event(2).at, 'x', 'privacy/nhs-number', 'override', 'Approved, ""as discussed""\nwith Sam', '', '', '']),
      q([event(3).at, 'x', 'privacy/nhs-number', 'override', "'=HYPERLINK(\"\"http://evil\"\")", '', '', '']),
      '',
    ]);
  });

  it.each([';=1+1', ' =cmd', '-2+3', '@SUM(A1)', '+1', '\t=1'])('neutralises the formula prefix in %j', (reason) => {
    const row = auditToCsv([event(1, { action: 'override', reason })]).split('\r\n')[1]!;
    expect(row).toContain(`"'${reason}"`);
  });

  it('writes JSON that reads back to the same events', () => {
    const events = [event(1), event(2, { action: 'override', reason: 'ok' })];
    expect(JSON.parse(auditToJson(events))).toEqual(events);
  });
});

describe('override reasons are checked by the privacy rules', () => {
  const checker = createDefaultChecker();
  const problem = (reason: string) => reasonProblem(checker, reason, 'x');

  it('refuses a reason that holds a patient identifier, and stores nothing', async () => {
    const store = memoryStorage();
    const leaky = event(1, { action: 'override', reason: 'Patient Maria Gonzalez NHS 943 476 5919' });
    const reply = await handleAuditMessage(createAuditLog(store), { type: 'audit', event: leaky }, (reason, platform) => reasonProblem(checker, reason, platform));
    expect(reply).toEqual({ ok: false });
    expect(store.events).toEqual([]);
    expect(problem('Patient Maria Gonzalez NHS 943 476 5919')).toMatch(/patient identifier \(.*privacy\/nhs-number/);
  });

  it('accepts an ordinary justification', () => {
    expect(problem('Fictional number used in our data-privacy training post')).toBeNull();
  });
});
