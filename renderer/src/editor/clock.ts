/** The time now as hh:mm on the officer's own clock (the committee room's time, not UTC). */
export function clockNow(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
