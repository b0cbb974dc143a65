/** 'HH:MM' -> minutes since midnight (0..1440; '24:00' -> 1440), else null. */
export function parseClock(text: string): number | null {
  if (typeof text !== 'string' || text.length !== 5 || text.charCodeAt(2) !== 58) return null;
  const h = twoDigits(text, 0);
  const m = twoDigits(text, 3);
  if (h < 0 || m < 0 || m > 59) return null;
  if (h === 24) return m === 0 ? 1440 : null;
  return h > 23 ? null : h * 60 + m;
}

/** Minutes since midnight -> 'HH:MM' (1440 -> '24:00'; beyond a day wraps). */
export function formatClock(minutes: number): string {
  const m = minutes === 1440 ? 1440 : minutes % 1440;
  const h = Math.floor(m / 60);
  const mm = m % 60;
  return `${h < 10 ? '0' : ''}${h}:${mm < 10 ? '0' : ''}${mm}`;
}

function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
