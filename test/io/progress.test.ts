import { createProgress, PROGRESS_MIN_BYTES } from '../../src/io/progress';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 80, write: (s: string) => written.push(s) } };
}

describe('createProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const t = terminal(false);
    const p = createProgress(t.stream, PROGRESS_MIN_BYTES * 4);
    p.add(PROGRESS_MIN_BYTES);
    p.done();
    expect(t.written).toEqual([]);
  });

  it('draws nothing for small inputs', () => {
    const t = terminal(true);
    const p = createProgress(t.stream, PROGRESS_MIN_BYTES - 1);
    p.add(1000);
    p.done();
    expect(t.written).toEqual([]);
  });

  it('redraws at most every 100 ms and clears the line at the end', () => {
    const t = terminal(true);
    let clock = 1000;
    const total = 200 * 1048576;
    const p = createProgress(t.stream, total, () => clock);
    p.add(50 * 1048576);
    p.add(1);
    clock += 100;
    p.add(50 * 1048576 - 1);
    p.done();
    expect(t.written).toHaveLength(3);
    expect(t.written[0]).toMatch(/^\r[█░]+ +25% +50\/200 MB/);
    expect(t.written[1]).toMatch(/ 50% +100\/200 MB +1000 MB\/s$/);
    expect(t.written[2]).toBe('\r\u001b[2K');
  });
});
