// Clock arithmetic for agendas: minutes since midnight to and from "HH:MM".

/** "09:30" -> 570. */
export function parseClock(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** 570 -> "09:30"; wraps past midnight. */
export function formatClock(minutes: number): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}
