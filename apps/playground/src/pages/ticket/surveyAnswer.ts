// The satisfaction survey's answer as the desk sends it: shared by the ticket page's survey and the
// inbox's "resolved" notification (kept apart from the survey component, so the inbox does not
// load the form renderer).

/** The 1–5 rating's steps with their words (shown through `t`). */
export const RATING_SCALE = [
  { value: 1, label: 'Very dissatisfied' },
  { value: 2, label: 'Dissatisfied' },
  { value: 3, label: 'Neutral' },
  { value: 4, label: 'Satisfied' },
  { value: 5, label: 'Very satisfied' },
] as const;

/** What the requester sends: the rating and comment, or the answers to the survey's own form. */
export type SurveyAnswer =
  { rating: number; comment: string } | { answers: Record<string, unknown> };

/**
 * The `rate` action's input for an answer (`DeskClient.act({ ticket, action: 'rate', ...it })`):
 * the ticket page and the inbox's notification send the same, and the runtime checks it.
 */
export function surveyAct(answer: SurveyAnswer): {
  data: Record<string, unknown>;
  comment?: string;
} {
  if ('answers' in answer) return { data: answer.answers };
  return {
    ...(answer.comment ? { comment: answer.comment } : {}),
    data: { rating: answer.rating },
  };
}
