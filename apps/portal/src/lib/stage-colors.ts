/** A training stage's colour, not started then stages 1 to 3, from light to dark. */
export const STAGE_COLORS = ['gray.4', 'teal.3', 'teal.6', 'teal.9'] as const;
