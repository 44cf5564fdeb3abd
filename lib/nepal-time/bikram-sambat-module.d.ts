// The converter ships plain JavaScript; these are the three functions lib/nepal-time uses.
declare module 'bikram-sambat' {
  export function daysInMonth(year: number, month: number): number;
  export function toBik(greg: string): { year: number; month: number; day: number };
  export function toGreg(year: number, month: number, day: number): { year: number; month: number; day: number };
}
