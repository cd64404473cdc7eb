/** A string literal for a visibility query; ids are business keys, so quotes are refused. */
export function visibilityLiteral(value: string): string {
  if (/['"\\]/.test(value)) throw new Error(`"${value}" cannot be used in a workflow filter`);
  return `'${value}'`;
}
