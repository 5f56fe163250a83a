import { z } from 'zod';
import { LISTING_KINDS, NOTE_MAX_LENGTH, REPORT_KINDS } from '../report-kinds.ts';

// A tag, a comment, a doctype or a processing instruction: "<b", "</", "<!", "<?". A lone "<" as in
// "price < 50 000 đ" is text and allowed; the note is shown as text everywhere anyway.
const MARKUP = /<\s*[a-z/!?]/i;
const SCRIPT_URL = /\b(?:javascript|vbscript|data)\s*:/i;
// Control characters other than tab and newlines, and bidirectional overrides, have no place in a note and can hide text.
const CONTROL = /(?![\t\n\r])\p{Cc}|\p{Bidi_Control}/u;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * A visitor's report as it arrives over the network: every field checked, nothing else accepted.
 * `website` is the honeypot: a hidden field people never see, so only form-filling robots fill it.
 */
export const reportRequestSchema = z.strictObject({
  clientReportId: z
    .string({ error: 'expected clientReportId, a string of 8–64 letters, digits, - or _' })
    .regex(CLIENT_ID, 'expected clientReportId, a string of 8–64 letters, digits, - or _'),
  deviceId: z
    .string({ error: 'expected deviceId, a string of 8–64 letters, digits, - or _' })
    .regex(CLIENT_ID, 'expected deviceId, a string of 8–64 letters, digits, - or _'),
  listing: z.strictObject({
    kind: z.enum(LISTING_KINDS, { error: `expected listing.kind, one of ${LISTING_KINDS.join(', ')}` }),
    id: z
      .string({ error: 'expected listing.id, a listing id' })
      .max(100, 'listing.id is too long')
      .regex(ID, 'expected listing.id, a listing id such as "bai-chay-beach"'),
  }),
  kind: z.enum(REPORT_KINDS, { error: `expected kind, one of ${REPORT_KINDS.join(', ')}` }),
  note: z
    .string({ error: 'expected note to be text' })
    .max(NOTE_MAX_LENGTH, `the note is longer than ${NOTE_MAX_LENGTH} characters`)
    .refine((note) => !MARKUP.test(note) && !SCRIPT_URL.test(note), 'the note may not contain HTML or scripts')
    .refine((note) => !CONTROL.test(note), 'the note may not contain control characters')
    .transform((note) => note.trim())
    .optional(),
  website: z.string().max(0, 'refused').optional(),
});

export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** The first problem, with the field it is about: what a client (or its developer) needs to fix. */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  const field = issue.path.join('.');
  if (field === 'website') return 'refused: this looks like an automated submission';
  return field && !issue.message.includes(field) ? `${field}: ${issue.message}` : issue.message;
}
