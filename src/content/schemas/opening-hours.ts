import { z } from 'zod';
import { openingHoursProblem } from '../opening-hours/parse.ts';

/** Opening hours in OpenStreetMap `opening_hours` syntax, e.g. "Tu-Su 08:00-17:00; PH off". */
export const openingHoursSchema = z
  .string({ error: 'expected opening hours in OpenStreetMap opening_hours syntax, e.g. "Mo-Su 08:00-17:00"' })
  .superRefine((value, ctx) => {
    const problem = openingHoursProblem(value);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: `expected opening hours in OpenStreetMap opening_hours syntax, e.g. "Mo-Su 08:00-17:00"; the parser says: ${problem}`,
      });
    }
  });
