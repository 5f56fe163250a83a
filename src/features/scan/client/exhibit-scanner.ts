import { cameraFailure, type CameraFailure } from '../camera-failure.ts';
import { type CodeTable, loadCodeTable } from '../code-table.ts';
import { type ScanContext, scanOutcome } from '../scan-outcome.ts';
import { siteOrigins } from '../site-origins.ts';
import { type QrDetector, qrDetector } from './qr-detector.ts';
import { fill } from '../../../client/strings.ts';

type Failure = CameraFailure | 'loadError';
type Strings = Record<Failure | 'starting' | 'scanning' | 'opening' | 'foreign' | 'unknown' | 'stopped', string>;

/** About five frames a second: quick enough to feel instant, light enough for a mid-range phone. */
const FRAME_INTERVAL_MS = 200;
/** Frames in a row the detector may fail on (a camera still warming up) before the scanner gives up. */
const MAX_FAILED_FRAMES = 25;

/**
 * <exhibit-scanner>: opens the rear camera, reads the QR code on an exhibit label and opens that
 * exhibit in the page's language. Anything it cannot use sends the visitor to the keypad. Its strings
 * come translated from the page (data-strings), so no i18n library ships to the phone.
 */
class ExhibitScanner extends HTMLElement {
  private strings = {} as Strings;
  private stream: MediaStream | null = null;
  private timer = 0;
  /** Bumped by every start and stop, so an answer that arrives after a cancel is ignored. */
  private session = 0;
  private codes: Promise<CodeTable | null> | null = null;
  private readonly onPageHide = () => this.stop('');

  connectedCallback() {
    window.addEventListener('pagehide', this.onPageHide);
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const start = this.element<HTMLButtonElement>('[data-action="start"]');
    start.addEventListener('click', () => void this.start());
    this.element('[data-action="cancel"]').addEventListener('click', () => {
      this.stop(this.strings.stopped);
      start.focus();
    });
    start.hidden = false;
  }

  disconnectedCallback() {
    window.removeEventListener('pagehide', this.onPageHide);
    this.stop('');
  }

  private async start() {
    const session = ++this.session;
    this.say(this.strings.starting);
    if (!navigator.mediaDevices?.getUserMedia) return this.fallBack('unsupported');
    const camera = navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' } },
      audio: false,
    });
    const ready = Promise.all([qrDetector(), this.loadCodes()]);
    ready.catch(() => {}); // handled below, once the camera has answered
    let stream: MediaStream;
    try {
      stream = await camera;
    } catch (error) {
      if (session === this.session) this.fallBack(cameraFailure(error));
      return;
    }
    if (session !== this.session) return stopTracks(stream);
    this.show(stream);
    let detector: QrDetector;
    let codes: Record<string, string> | null;
    try {
      [detector, codes] = await ready;
    } catch {
      if (session === this.session) this.fallBack(typeof WebAssembly === 'object' ? 'loadError' : 'unsupported');
      return;
    }
    if (session !== this.session) return;
    if (!codes) return this.fallBack('loadError');
    this.say(this.strings.scanning);
    const origins = siteOrigins(location.origin, JSON.parse(this.dataset.origins ?? '[]') as string[]);
    this.scan(detector, { origins, codes, exhibitPath: this.dataset.exhibitPath ?? '' }, session);
  }

  private show(stream: MediaStream) {
    this.stream = stream;
    const video = this.element<HTMLVideoElement>('[data-video]');
    video.srcObject = stream;
    // Set here, not as an attribute: disablepictureinpicture is not (yet) in the HTML standard.
    video.disablePictureInPicture = true;
    video.play().catch(() => {}); // muted inline video may autoplay; a refusal only delays the first frame
    this.element('[data-view]').hidden = false;
    this.element('[data-action="start"]').hidden = true;
    this.element('[data-action="cancel"]').focus();
  }

  private scan(detector: QrDetector, context: ScanContext, session: number) {
    const video = this.element<HTMLVideoElement>('[data-video]');
    let failedFrames = 0;
    const readFrame = async () => {
      let values: string[] = [];
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        try {
          values = (await detector.detect(video)).map((barcode) => barcode.rawValue);
          failedFrames = 0;
        } catch {
          failedFrames += 1;
        }
      }
      if (session !== this.session) return;
      if (failedFrames > MAX_FAILED_FRAMES) return this.fallBack('unsupported');
      const outcome = scanOutcome(values, context);
      if (outcome?.kind === 'exhibit') {
        this.stop(fill(this.strings.opening, { code: outcome.code }));
        location.assign(outcome.href);
        return;
      }
      if (outcome) this.say(outcome.kind === 'foreign' ? this.strings.foreign : fill(this.strings.unknown, outcome));
      this.timer = window.setTimeout(readFrame, FRAME_INTERVAL_MS);
    };
    void readFrame();
  }

  /** Camera off, view closed, start button back; `message` replaces the status (empty clears it). */
  private stop(message: string) {
    this.session += 1;
    window.clearTimeout(this.timer);
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
    const video = this.querySelector<HTMLVideoElement>('[data-video]');
    if (video) video.srcObject = null;
    this.querySelector<HTMLElement>('[data-view]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-action="start"]')?.removeAttribute('hidden');
    this.say(message);
  }

  /** Say why the camera cannot help and hand over to the keypad (or, before it runs, the list). */
  private fallBack(reason: Failure) {
    this.stop(this.strings[reason]);
    const input = document.querySelector<HTMLElement>('[data-keypad-input]');
    input?.focus();
    if (input && document.activeElement === input) return;
    const heading = document.getElementById('exhibit-list');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  private loadCodes() {
    this.codes ??= loadCodeTable(this.dataset.codes ?? '');
    // A failed download is not remembered, so the next press tries again (the visitor may be back online).
    void this.codes.then((codes) => {
      if (!codes) this.codes = null;
    });
    return this.codes;
  }

  /** Repeating the same words would make a screen reader say them again at every frame. */
  private say(message: string) {
    const status = this.element('[data-status]');
    if (status.textContent !== message) status.textContent = message;
  }

  private element<E extends HTMLElement = HTMLElement>(selector: string): E {
    const element = this.querySelector<E>(selector);
    if (!element) throw new Error(`<exhibit-scanner> is missing ${selector}`);
    return element;
  }
}

function stopTracks(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop();
}

customElements.define('exhibit-scanner', ExhibitScanner);
