// Named colours for chart marks; charts.css maps each to a light and a dark colour.
export type ChartTone = 'accent' | 'quiz' | 'time' | 'again' | 'hard' | 'good' | 'easy' | 'new' | 'learning' | 'relearning' | 'young' | 'mature';

export const toneClass = (tone: ChartTone) => `chart-tone-${tone}`;
