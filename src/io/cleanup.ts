/**
 * What a run has created and must not leave behind if it is interrupted: a
 * temporary output file, a browser and its profile folder. On SIGINT,
 * SIGTERM or SIGHUP each task runs (the latest first), and then the process
 * dies of the same signal, as it would have without us (the shell sees 130,
 * 143 or 129). The handlers are installed only while a task is registered,
 * so an interrupt at any other time simply ends the process. SIGKILL cannot
 * be caught: what it leaves stays.
 *
 * Tasks are synchronous on purpose: while an asynchronous one ran, the
 * interrupted work would go on (and could, say, rename the file being removed).
 */
export type CleanupTask = () => void;

const tasks: CleanupTask[] = [];
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function onSignal(signal: NodeJS.Signals): void {
  const pending = tasks.splice(0).reverse();
  setInstalled(false);
  for (const task of pending) {
    try {
      task();
    } catch {
      // best effort: the others still run, and the signal still ends the run
    }
  }
  // No listener is left, so Node has restored the default action: this ends
  // the process before kill() returns.
  process.kill(process.pid, signal);
}

let installed = false;

function setInstalled(on: boolean): void {
  if (on === installed) return;
  installed = on;
  for (const signal of SIGNALS) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}

/** Runs `task` if the process is interrupted before the returned function is called. */
export function onInterrupt(task: CleanupTask): () => void {
  tasks.push(task);
  setInstalled(true);
  return () => {
    const at = tasks.indexOf(task);
    if (at >= 0) tasks.splice(at, 1);
    if (tasks.length === 0) setInstalled(false);
  };
}
