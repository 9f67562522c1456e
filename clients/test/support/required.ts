/** The value, or a failure saying what was missing (a typed `!` that explains itself). */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, got ${value}.`);
  return value;
}
