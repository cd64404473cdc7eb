import type { ChatMessage } from '../chat-types.ts';

/**
 * One answer for several files: plain lines are joined, and a single question (buttons or a
 * typed answer expected) carries them along. Two questions stay two messages.
 */
export function mergeMessages(parts: readonly ChatMessage[]): ChatMessage[] {
  const isQuestion = (part: ChatMessage) =>
    part.buttons.length > 0 || part.questionId !== undefined;
  const lines = parts.filter((part) => !isQuestion(part));
  const questions = parts.filter(isQuestion);
  const text = lines.map((part) => part.text);
  if (questions.length === 0)
    return text.length > 0 ? [{ text: text.join('\n'), buttons: [] }] : [];
  if (questions.length === 1) {
    const question = questions[0]!;
    return [{ ...question, text: [...text, question.text].join('\n\n') }];
  }
  return [...(text.length > 0 ? [{ text: text.join('\n'), buttons: [] }] : []), ...questions];
}
