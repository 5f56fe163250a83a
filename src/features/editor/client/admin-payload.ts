import type { AdminPayload } from '../build/admin-payload-shape.ts';

export function readAdminPayload(): AdminPayload {
  const element = document.getElementById('cms-payload');
  if (!element?.textContent) throw new Error('the /admin/ page has no #cms-payload element');
  return JSON.parse(element.textContent) as AdminPayload;
}
