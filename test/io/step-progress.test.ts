import { createStepProgress } from '../../src/io/progress';

describe('a progress count for requests', () => {
  it('draws on a terminal only, and clears its line', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (s: string) => written.push(s) };
    const p = createStepProgress(tty, 'fetching requests');
    p.step(1, 4);
    p.step(4, 4);
    p.done();
    expect(written).toEqual([`\r${'█'.repeat(5)}${'░'.repeat(15)} fetching requests: 1/4`, `\r${'█'.repeat(20)} fetching requests: 4/4`, '\r\x1b[2K']);
    const piped: string[] = [];
    const q = createStepProgress({ isTTY: false, write: (s: string) => piped.push(s) }, 'fetching requests');
    q.step(1, 4);
    q.done();
    expect(piped).toEqual([]);
  });

  it('stays quiet for a fetch of one or two requests', () => {
    const written: string[] = [];
    const p = createStepProgress({ isTTY: true, write: (s: string) => written.push(s) }, 'fetching requests');
    p.step(1, 2);
    p.step(2, 2);
    p.done();
    expect(written).toEqual([]);
  });
});
