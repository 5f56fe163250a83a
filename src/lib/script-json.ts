/** JSON safe inside <script type="application/json">: no "</script>" can end the element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
