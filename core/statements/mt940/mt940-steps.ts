import type { Mt940Field } from './mt940-fields.ts';

/** The fields that matter, in order, with each `:61:` paired with the `:86:` just after it. */
export type Mt940Step =
  | { readonly kind: 'account'; readonly field: Mt940Field }
  | { readonly kind: 'opening'; readonly field: Mt940Field; readonly isFinal: boolean }
  | { readonly kind: 'closing'; readonly field: Mt940Field; readonly isFinal: boolean }
  | { readonly kind: 'available'; readonly field: Mt940Field }
  | { readonly kind: 'line'; readonly field: Mt940Field; readonly details: Mt940Field | null };

export function toSteps(fields: readonly Mt940Field[]): Mt940Step[] {
  const steps: Mt940Step[] = [];
  fields.forEach((field, index) => {
    switch (field.tag) {
      case '25':
        steps.push({ kind: 'account', field });
        break;
      case '60F':
      case '60M':
        steps.push({ kind: 'opening', field, isFinal: field.tag === '60F' });
        break;
      case '62F':
      case '62M':
        steps.push({ kind: 'closing', field, isFinal: field.tag === '62F' });
        break;
      case '64':
        steps.push({ kind: 'available', field });
        break;
      case '61': {
        const next = fields[index + 1];
        steps.push({ kind: 'line', field, details: next?.tag === '86' ? next : null });
        break;
      }
      default:
        // :20: :21: :28: :28C: :65: and an :86: about the whole statement carry no movement.
        break;
    }
  });
  return steps;
}
