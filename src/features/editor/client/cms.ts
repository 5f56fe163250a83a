import CMS from 'decap-cms-app';
import { readAdminPayload } from './admin-payload.ts';
import { localBackendLoader, withImageOutsideFolder } from './image-outside-folder.ts';
import { MapPointControl, setMapPointContext } from './map-point-control.ts';
import { OpeningHoursControl } from './opening-hours-control.ts';
import { setStrings, t } from './strings.ts';
import { TapToSyncControl } from './tap-to-sync-control.ts';
import { setVerifiedOnTimezone, VerifiedOnControl } from './verified-on-control.ts';

/**
 * The editor at /admin/: Decap CMS bundled from npm by our integration (src/integrations/admin.ts), with
 * the configuration the page generated from the zod schemas, and our widgets for the fields whose
 * rules a plain text box cannot check. Loaded only by /admin/; no public page imports it.
 */
const payload = readAdminPayload();
setStrings(payload.strings);
setVerifiedOnTimezone(payload.timezone);
setMapPointContext({ landmarks: payload.landmarks, onlineLayer: payload.onlineLayer });

const local = ['localhost', '127.0.0.1'].includes(location.hostname);
if (!payload.config.backend.repo && !local) {
  // Production without a configured repository: say so instead of a login that cannot work.
  const notice = document.getElementById('cms-not-configured');
  if (notice) notice.hidden = false;
} else {
  const widget = (name: string, control: unknown) =>
    CMS.registerWidget(name, control as never, (({ value }: { value: unknown }) => String(value ?? '')) as never);
  widget('map-point', MapPointControl);
  widget('opening-hours', OpeningHoursControl);
  widget('verified-on', VerifiedOnControl);
  widget('tap-to-sync', TapToSyncControl);
  // Decap's image widget, also showing a saved photo outside the field's upload folder (the demo's
  // renders under content/media/demo/), read from the local backend, which is the only one that has them.
  const localBackend = local ? payload.config.local_backend?.url : undefined;
  const image = CMS.getWidget('image') as { control: never; preview: never; schema?: never } | undefined;
  if (localBackend && image) {
    const load = localBackendLoader(localBackend, String(payload.config.backend.branch ?? 'main'));
    // The registry takes the widget's config schema as a fourth argument (decap-cms-core registry.js);
    // the published type lists three.
    const register = CMS.registerWidget as (...args: unknown[]) => void;
    register('image', withImageOutsideFolder(image.control, load), image.preview, image.schema);
  }
  CMS.init({ config: payload.config as never });
  addToolsLink();
}

/** A link to the editors' tools (translation coverage, freshness report) in Decap's header. */
function addToolsLink() {
  const link = document.createElement('a');
  link.href = payload.editorsHome;
  link.textContent = t('cms.admin.tools');
  link.className = 'cms-tools-link';
  link.target = '_blank';
  link.rel = 'noopener';
  document.body.append(link);
}
