import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';
import type { OfxElement } from './ofx-element.ts';
import { KNOWN_AGGREGATES, PARENTS } from './ofx-structure.ts';
import type { OfxToken, OfxTokens } from './ofx-tokenizer.ts';

interface Building {
  readonly name: string;
  readonly line: number;
  readonly value: string | null;
  readonly children: Building[];
}

/**
 * Builds the element tree from tokens, closed or not (B17). A tag followed by text is a leaf; an
 * empty tag is a leaf unless it is a known aggregate or its own close tag comes before its
 * parent's. Opening a known aggregate closes what its parent left open (a missing
 * `</BANKTRANLIST>`); a close tag closes everything opened since its own open tag, and one with
 * no open tag is ignored. Ending inside an element is a truncated download.
 */
export function buildOfxTree({ tokens, endLine }: OfxTokens): Result<OfxElement, StatementError> {
  const root: Building = { name: '#root', line: 1, value: null, children: [] };
  const stack: Building[] = [root];
  const top = () => stack[stack.length - 1] ?? root;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token || token.kind === 'text') continue;

    if (token.kind === 'close') {
      const depth = stack.findLastIndex((open) => open.name === token.name);
      if (depth > 0) stack.length = depth;
      continue;
    }

    const { name, line } = token;
    const leaf = (value: string) => top().children.push({ name, line, value, children: [] });
    if (KNOWN_AGGREGATES.has(token.name)) {
      openAggregate(stack, token);
      continue;
    }
    const next = skipBlank(tokens, index + 1);
    const following = tokens[next];
    if (following?.kind === 'text') {
      leaf(following.value.trim());
      index = isClose(tokens[next + 1], token.name) ? next + 1 : next;
    } else if (isClose(following, token.name)) {
      leaf('');
      index = next;
    } else if (closesBeforeParent(tokens, next, token.name, stack)) {
      openAggregate(stack, token);
    } else {
      leaf('');
    }
  }

  if (stack.length > 1) return err(truncated(stack, endLine));
  return ok(root);
}

function openAggregate(stack: Building[], token: { name: string; line: number }): void {
  const parents = PARENTS[token.name];
  const parentDepth = parents ? stack.findLastIndex((open) => parents.includes(open.name)) : -1;
  if (parentDepth > 0) stack.length = parentDepth + 1;

  const element: Building = { name: token.name, line: token.line, value: null, children: [] };
  stack[stack.length - 1]?.children.push(element);
  stack.push(element);
}

function skipBlank(tokens: readonly OfxToken[], from: number): number {
  let index = from;
  while (isBlankText(tokens[index])) index++;
  return index;
}

function isBlankText(token: OfxToken | undefined): boolean {
  return token?.kind === 'text' && token.value.trim() === '';
}

function isClose(token: OfxToken | undefined, name: string): boolean {
  return token?.kind === 'close' && token.name === name;
}

/** Does `</name>` come before the close tag of anything already open? */
function closesBeforeParent(
  tokens: readonly OfxToken[],
  from: number,
  name: string,
  stack: readonly Building[],
): boolean {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index];
    // A repeat of the tag or a new row means it was an empty leaf; stopping keeps this linear.
    if (token?.kind === 'open' && (token.name === name || token.name === 'STMTTRN')) return false;
    if (token?.kind !== 'close') continue;
    if (token.name === name) return true;
    if (stack.some((open) => open.name === token.name)) return false;
  }
  return false;
}

function truncated(stack: readonly Building[], endLine: number): StatementError {
  const inner = stack[stack.length - 1];
  const fitid = inner?.children.find((child) => child.name === 'FITID')?.value;
  const where = inner ? `inside ${inner.name} opened on line ${inner.line}` : 'inside an element';
  const id = fitid ? ` (FITID ${fitid})` : '';
  return {
    code: 'TRUNCATED',
    line: endLine,
    message: `unexpected end of file at line ${endLine} ${where}${id}: the download was cut off`,
  };
}
