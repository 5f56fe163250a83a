/**
 * A corpus of requests the reports service must refuse: wrong types for every field, missing and
 * unknown fields, unknown listings, markup and scripts in the note, broken JSON, wrong content types,
 * oversized bodies and prototype pollution. Each is `{ name, headers?, body }` with a raw body.
 */
export interface BadRequest {
  name: string;
  contentType?: string;
  body: string;
}

const valid = {
  clientReportId: 'corpus-0000-0001',
  deviceId: 'device-corpus',
  listing: { kind: 'place', id: 'bai-chay-beach' },
  kind: 'closed',
  note: 'closed',
};

const WRONG_VALUES: unknown[] = [null, 42, -1.5, true, [], {}, ['closed'], '', ' ', 'x'.repeat(65)];

const MARKUP_NOTES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '<iframe src="https://example.com">',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '<!-- comment -->',
  '<?xml version="1.0"?>',
  '< script >alert(1)</ script >',
  '<b>closed</b>',
  '<style>body{display:none}</style>',
  '<math><mi xlink:href="javascript:alert(1)">',
  'closed\u0000hidden',
  'closed\u202eesrever',
  'closed\u001b[31m',
  'x'.repeat(501),
];

function withField(field: string, value: unknown): Record<string, unknown> {
  return { ...valid, [field]: value };
}

function without(field: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...valid };
  delete copy[field];
  return copy;
}

export function badRequests(): BadRequest[] {
  const json = (name: string, value: unknown): BadRequest => ({ name, body: JSON.stringify(value) });
  const corpus: BadRequest[] = [];
  for (const field of ['clientReportId', 'deviceId', 'listing', 'kind', 'note'])
    WRONG_VALUES.forEach((value, i) => {
      // An empty note is a valid "no note"; a 65-letter note too.
      if (field === 'note' && (value === '' || value === ' ' || i === WRONG_VALUES.length - 1)) return;
      corpus.push(json(`${field} = ${JSON.stringify(value).slice(0, 20)}`, withField(field, value)));
    });
  for (const field of ['clientReportId', 'deviceId', 'listing', 'kind'])
    corpus.push(json(`no ${field}`, without(field)));
  for (const listing of [
    { kind: 'place', id: 'no-such-place' },
    { kind: 'exhibit', id: 'bai-chay-beach' },
    { kind: 'place', id: 'bronze-drum' },
    { kind: 'museum', id: 'bai-chay-beach' },
    { kind: 'place', id: '../../etc/passwd' },
    { kind: 'place', id: 'Bai-Chay-Beach' },
    { kind: 'place', id: "bai-chay-beach' OR '1'='1" },
    { kind: 'place', id: 'a'.repeat(101) },
    { kind: 'place' },
    { id: 'bai-chay-beach' },
    { kind: 'place', id: 'bai-chay-beach', extra: 1 },
  ])
    corpus.push(json(`listing ${JSON.stringify(listing).slice(0, 40)}`, withField('listing', listing)));
  for (const kind of ['CLOSED', 'closed ', 'fire', 'open']) corpus.push(json(`kind ${kind}`, withField('kind', kind)));
  for (const note of MARKUP_NOTES) corpus.push(json(`note ${note.slice(0, 30)}`, withField('note', note)));
  for (const bait of ['https://spam.example', 'x', ' '])
    corpus.push(json(`honeypot ${bait}`, withField('website', bait)));
  corpus.push(json('unknown field', withField('ip', '1.2.3.4')));
  corpus.push(json('state set by the visitor', withField('state', 'fixed')));
  corpus.push({ name: '__proto__', body: `{"__proto__":{"admin":true},${JSON.stringify(valid).slice(1)}` });
  corpus.push({
    name: 'constructor.prototype',
    body: `{"constructor":{"prototype":{"admin":true}},${JSON.stringify(valid).slice(1)}`,
  });
  for (const body of ['', '{', '{"kind":', 'null', '[]', '"closed"', '42', 'true', '{"a":1}', '\u0000', '{}'])
    corpus.push({ name: `JSON ${JSON.stringify(body)}`, body });
  corpus.push(json('array of reports', [valid, valid]));
  for (const contentType of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/html',
    'application/xml',
  ])
    corpus.push({ name: `content type ${contentType}`, contentType, body: JSON.stringify(valid) });
  corpus.push(json('10 MB note', withField('note', 'x'.repeat(10 * 1024 * 1024))));
  corpus.push({ name: '10 MB of whitespace', body: `${' '.repeat(10 * 1024 * 1024)}{}` });
  corpus.push(json('deeply nested', withField('listing', JSON.parse(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`))));
  return corpus;
}
