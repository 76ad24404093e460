import { describe, expect, it } from 'vitest';
import { createOpenedFilesQueue, MAX_QUEUED, workshopFileArgs } from './openedFiles';

describe('files opened with Accord', () => {
  it('picks the workshop files out of a launch command line', () => {
    const argv = [
      '--no-sandbox',
      '/opt/Accord/accord',
      '/home/ana/Q1 Northwind.accord',
      '--enable-features=x',
      'C:\\Users\\ana\\Kickoff.ACCORD',
      'notes.txt',
    ];
    expect(workshopFileArgs(argv)).toEqual(['/home/ana/Q1 Northwind.accord', 'C:\\Users\\ana\\Kickoff.ACCORD']);
  });

  it('queues each file once until taken, and stays bounded', () => {
    const q = createOpenedFilesQueue();
    q.add(['/a.accord', '/b.accord', '/a.accord']);
    expect(q.take()).toEqual(['/a.accord', '/b.accord']);
    expect(q.take()).toEqual([]);
    q.add(Array.from({ length: MAX_QUEUED + 5 }, (_, i) => `/f${i}.accord`));
    const taken = q.take();
    expect(taken).toHaveLength(MAX_QUEUED);
    expect(taken.at(-1)).toBe(`/f${MAX_QUEUED + 4}.accord`);
  });
});
