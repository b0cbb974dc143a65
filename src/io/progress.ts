/** Inputs smaller than this finish before a bar would be worth drawing. */
export const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;

export interface Progress {
  add(bytes: number): void;
  done(): void;
}

const NONE: Progress = { add() {}, done() {} };

interface Terminal {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * A one-line progress bar on a terminal, redrawn at most ten times a second.
 * Nothing at all when the stream is not a terminal or the input is small, so
 * piped and logged output stays clean.
 */
export function createProgress(stream: Terminal, total: number, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true || total < PROGRESS_MIN_BYTES) return NONE;
  let read = 0;
  let last = 0;
  const started = now();
  const draw = (): void => {
    const share = Math.min(1, read / total);
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const filled = Math.round(share * width);
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const rate = read / 1048576 / seconds;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    stream.write(`\r${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${mb(read)}/${mb(total)} MB  ${rate.toFixed(0)} MB/s`);
  };
  return {
    add(bytes) {
      read += bytes;
      const t = now();
      if (t - last >= 100) {
        last = t;
        draw();
      }
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(0);
}

/**
 * A one-line count of steps on a terminal (`fetching requests: 3/12`), for
 * work measured in requests rather than bytes; nothing when the stream is
 * not a terminal or there are fewer than `min` steps.
 */
export function createStepProgress(stream: Terminal, what: string, min = 3): { step(done: number, total: number): void; done(): void } {
  if (stream.isTTY !== true) return { step() {}, done() {} };
  let shown = false;
  return {
    step(done, total) {
      if (total < min) return;
      shown = true;
      const width = 20;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${what}: ${done}/${total}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
