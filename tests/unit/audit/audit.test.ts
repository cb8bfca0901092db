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

  it('loses no event when many tabs append at once', async () => {
    const log = createAuditLog(memoryStorage(), 1000);
    await Promise.all(Array.from({ length: 40 }, (_, n) => log.append(event(n))));
    expect(await log.list()).toHaveLength(40);
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
    expect(csv.split('\r\n')).toEqual([
      'at,platform,ruleIds,action,reason',
      `${event(1).at},x,privacy/nhs-number brand/name,blocked,`,
      `${event(2).at},x,privacy/nhs-number,override,"Approved, ""as discussed""\nwith Sam"`,
      `${event(3).at},x,privacy/nhs-number,override,"'=HYPERLINK(""http://evil"")"`,
      '',
    ]);
  });

  it('writes JSON that reads back to the same events', () => {
    const events = [event(1), event(2, { action: 'override', reason: 'ok' })];
    expect(JSON.parse(auditToJson(events))).toEqual(events);
  });
});
