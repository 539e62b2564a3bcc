// What the four grades are called on screen (the names of Anki's buttons and of ts-fsrs's ratings), in one place.
import { Rating, type Grade } from '../domain/progress';

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  [Rating.Again]: 'Again',
  [Rating.Hard]: 'Hard',
  [Rating.Good]: 'Good',
  [Rating.Easy]: 'Easy',
};
