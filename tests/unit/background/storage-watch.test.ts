import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchStorageSerially } from '../../../entrypoints/shared/storage-watch';

beforeEach(() => fakeBrowser.reset());

describe('watchStorageSerially', () => {
  it('runs once now and once per relevant change, one at a time, and survives a failing run', async () => {
    const runs: number[] = [];
    let running = 0;
    let overlapped = false;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stop = watchStorageSerially(
      fakeBrowser.storage.onChanged,
      (_changes, area) => area === 'local',
      async () => {
        running++;
        overlapped ||= running > 1;
        await new Promise((r) => setTimeout(r, 5));
        running--;
        runs.push(runs.length);
        if (runs.length === 2) throw new Error('engine failed');
      },
    );
    await fakeBrowser.storage.local.set({ a: 1 });
    await fakeBrowser.storage.sync.set({ ignored: 1 });
    await fakeBrowser.storage.local.set({ b: 1 });
    await vi.waitFor(() => expect(runs).toHaveLength(3));
    expect(overlapped).toBe(false);
    expect(error).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ c: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toHaveLength(3);
    error.mockRestore();
  });
});
