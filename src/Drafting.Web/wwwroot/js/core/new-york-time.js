// Deadlines in New York time, as the UN sets them, shown beside the reader's own time zone. Only Intl: no
// time-zone data of our own, so daylight saving follows the browser's.

export const newYork = 'America/New_York';

export const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Minutes east of UTC of `zone` at an instant: −300 for New York in winter. */
export function offsetMinutes(zone, instant) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
}

const pad = (n) => String(n).padStart(2, '0');

/** A wall-clock date ("2026-12-04") and time ("18:00") in `zone` as an instant and as ISO with its offset. */
export function zonedInstant(date, time, zone = newYork) {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, min);
  // The offset at the wall time read as UTC is right except within hours of a change: take it again there.
  let offset = offsetMinutes(zone, new Date(wall));
  offset = offsetMinutes(zone, new Date(wall - offset * 60000));
  const instant = new Date(wall - offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  const iso = `${date}T${pad(h)}:${pad(min)}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { instant, iso };
}

/** The wall-clock date and time of an instant in `zone`, as the date and time inputs take them. */
export function wallClock(instant, zone = newYork) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** "Fri 4 Dec 2026, 18:00" in `zone`. */
export function formatIn(instant, zone) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(instant);
}

/** "18:00 New York time (00:00 the next day your time, Europe/Paris)": both clocks, in words. */
export function bothClocks(instant) {
  const mine = readerZone();
  const there = `${formatIn(instant, newYork)} New York time`;
  return mine === newYork ? there : `${there} · ${formatIn(instant, mine)} your time (${mine.replace(/_/g, ' ')})`;
}

/** "2 d 3 h 04 min 05 s" until a deadline; "0 s" once it is reached. */
export function countdown(milliseconds) {
  let s = Math.max(0, Math.floor(milliseconds / 1000));
  const days = Math.floor(s / 86400); s -= days * 86400;
  const hours = Math.floor(s / 3600); s -= hours * 3600;
  const minutes = Math.floor(s / 60); s -= minutes * 60;
  const parts = [];
  if (days) parts.push(`${days} d`);
  if (days || hours) parts.push(`${hours} h`);
  if (days || hours || minutes) parts.push(`${pad(minutes)} min`);
  parts.push(`${pad(s)} s`);
  return parts.join(' ');
}
