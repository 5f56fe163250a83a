import { formatClock, playbackRate, resumeKey, resumePosition } from '../playback.ts';
import { AudioNarrator, localVoice, type Narrator, SpeechNarrator } from './narrators.ts';
import { fill } from '../../../client/strings.ts';
import { stored } from '../../../client/storage.ts';
import { TranscriptFollower } from './transcript-follower.ts';
import { freshAddress, mustLoadThroughWorker } from './recording-address.ts';

type Strings = Record<
  | 'play'
  | 'pause'
  | 'timeOf'
  | 'resumed'
  | 'startOver'
  | 'deviceVoice'
  | 'noVoice'
  | 'loadError'
  | 'sentenceOf'
  | 'tapToContinue'
  | 'ended',
  string
>;

/**
 * <narration-player>: controls, live transcript, resume and lock-screen controls over the
 * server-rendered narration. Its strings come translated from the page (data-strings), so no i18n
 * library ships to the phone. Emits "narration-change" whenever what it shows changes.
 */
class NarrationPlayer extends HTMLElement {
  private narrator: Narrator | null = null;
  private strings = {} as Strings;
  private lines: HTMLLIElement[] = [];
  private shownLine = -2;
  private lastSaved = 0;
  private reloads = 0;
  private readonly follower = new TranscriptFollower();

  async connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const transcript = this.parentElement?.querySelector<HTMLOListElement>('[data-transcript]');
    this.lines = [...(transcript?.querySelectorAll('li') ?? [])];
    const audio = this.querySelector<HTMLAudioElement>('[data-audio]');
    if (audio) {
      const cues = this.lines.map((li) => ({
        start: Number(li.dataset.start),
        end: Number(li.dataset.end),
        text: li.textContent ?? '',
      }));
      const narrator = new AudioNarrator(audio, cues, () => this.render());
      this.narrator = narrator;
      this.listenToAudio(narrator);
      const check = () =>
        void mustLoadThroughWorker(audio).then((must) => must && this.reload(narrator, !audio.paused));
      // After the page's load event: players reloaded while the page loads held up Firefox's load
      // event on the tour page, whose story panels each hold one.
      if (document.readyState === 'complete') check();
      else addEventListener('load', check, { once: true });
    } else {
      const voice = await localVoice(this.dataset.lang ?? '');
      if (!voice) {
        this.querySelector('[data-speech-note]')?.remove();
        this.querySelector<HTMLElement>('[data-controls]')?.setAttribute('hidden', '');
        this.say(this.strings.noVoice);
        return;
      }
      this.narrator = new SpeechNarrator(
        this.lines.map((li) => li.textContent ?? ''),
        voice,
        () => this.render(),
      );
      const seek = this.querySelector<HTMLInputElement>('[data-seek]');
      if (seek) seek.max = String(this.lines.length - 1);
    }
    this.enhanceTranscript();
    this.wireControls();
    this.render();
    if (new URLSearchParams(location.search).has('continue'))
      this.narrator.play().catch(() => this.say(this.strings.tapToContinue));
  }

  private listenToAudio(narrator: AudioNarrator) {
    const { audio } = narrator;
    const key = resumeKey(this.dataset.exhibit ?? '', this.dataset.lang ?? '');
    // Where the visitor left off is known before anything loads (the recording loads on Play), so
    // the page offers it at once and the first Play starts there.
    const at = resumePosition(Number(stored.get(key) ?? Number.NaN), narrator.duration);
    if (at > 0) {
      narrator.seek(at);
      this.lastSaved = at;
      this.say(fill(this.strings.resumed, { time: formatClock(at) }), true);
    }
    // Only a position the recording really reached is kept: while the element has nothing loaded
    // (before Play, or reloading when the worker takes over) its currentTime reads 0, and saving that
    // would lose the visitor's place to a reload at that moment.
    const save = (force: boolean) => {
      if (!narrator.loaded || audio.seeking) return;
      if (!force && Math.abs(audio.currentTime - this.lastSaved) < 2) return;
      this.lastSaved = audio.currentTime;
      stored.set(key, String(Math.floor(audio.currentTime)));
    };
    audio.addEventListener('timeupdate', () => save(false));
    audio.addEventListener('pause', () => save(true));
    addEventListener('pagehide', () => save(true));
    for (const type of ['play', 'pause', 'timeupdate', 'durationchange', 'seeked', 'ratechange'])
      audio.addEventListener(type, () => this.render());
    audio.addEventListener('ended', () => {
      stored.set(key, null);
      this.say(this.strings.ended);
      const next = this.dataset.next;
      if (next && this.querySelector<HTMLInputElement>('[data-auto-advance]')?.checked)
        location.assign(`${next}?continue`);
    });
    // Chromium refuses a recording whose byte ranges come partly from the network and partly from a
    // service worker (it fails with "PIPELINE_ERROR_READ: data source error"), and its media cache keeps
    // what the network gave under the recording's address. When the worker takes over mid-visit, the
    // recording is loaded again through it under a fresh address, keeping the position. A recording
    // not played yet has loaded nothing, and simply loads through the worker when played.
    navigator.serviceWorker?.addEventListener('controllerchange', () => {
      if (narrator.loaded || audio.networkState === HTMLMediaElement.NETWORK_LOADING)
        this.reload(narrator, !audio.paused);
    });
    // Whether the visitor wants sound: a failed load must never start playing on its own.
    let wantsSound = false;
    audio.addEventListener('play', () => (wantsSound = true));
    audio.addEventListener('pause', () => {
      if (!audio.error) wantsSound = false;
    });
    let retried = false;
    audio.addEventListener(
      'error',
      () => {
        if (!retried && audio.error?.code === MediaError.MEDIA_ERR_NETWORK) {
          retried = true;
          this.reload(narrator, wantsSound);
          return;
        }
        this.say(this.strings.loadError);
      },
      true,
    );
  }

  private reload(narrator: AudioNarrator, play: boolean) {
    const { audio } = narrator;
    const at = narrator.position;
    this.reloads += 1;
    for (const source of audio.querySelectorAll('source')) source.src = freshAddress(source.src, this.reloads);
    if (audio.hasAttribute('src')) audio.src = freshAddress(audio.src, this.reloads);
    audio.load();
    narrator.seek(at); // kept until the metadata arrives again
    if (play) void audio.play().catch(() => undefined);
  }

  private wireControls() {
    const narrator = this.narrator as Narrator;
    const on = (selector: string, type: string, handler: (el: HTMLElement) => void) =>
      this.querySelector<HTMLElement>(selector)?.addEventListener(type, (e) => handler(e.currentTarget as HTMLElement));
    on('[data-action="toggle"]', 'click', () => {
      if (narrator.playing) return narrator.pause();
      this.follower.listening();
      narrator.play().catch(() => this.say(this.strings.loadError));
    });
    on('[data-action="back"]', 'click', () => narrator.skip(-10));
    on('[data-action="forward"]', 'click', () => narrator.skip(10));
    on('[data-seek]', 'input', (el) => narrator.seek(Number((el as HTMLInputElement).value)));
    const rate = this.querySelector<HTMLSelectElement>('[data-rate]');
    if (rate) {
      rate.value = String(playbackRate(stored.get('narration:rate')));
      narrator.setRate(Number(rate.value));
      rate.addEventListener('change', () => {
        narrator.setRate(Number(rate.value));
        stored.set('narration:rate', rate.value);
      });
    }
    const auto = this.querySelector<HTMLInputElement>('[data-auto-advance]');
    if (auto) {
      auto.checked = stored.get('narration:auto-advance') === '1';
      auto.addEventListener('change', () => stored.set('narration:auto-advance', auto.checked ? '1' : '0'));
    }
    this.setUpMediaSession(narrator);
  }

  private enhanceTranscript() {
    this.parentElement?.querySelector('[data-transcript-hint]')?.removeAttribute('hidden');
    this.lines.forEach((li, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cue';
      button.textContent = li.textContent;
      button.addEventListener('click', () => {
        this.follower.listening();
        this.narrator?.playLine(index);
      });
      li.replaceChildren(button);
    });
  }

  private setUpMediaSession(narrator: Narrator) {
    if (!('mediaSession' in navigator)) return;
    const { title = '', artist = '', artwork, next } = this.dataset;
    navigator.mediaSession.metadata = new MediaMetadata({ title, artist, artwork: artwork ? [{ src: artwork }] : [] });
    const actions: [MediaSessionAction, MediaSessionActionHandler][] = [
      ['play', () => void narrator.play()],
      ['pause', () => narrator.pause()],
      ['seekbackward', () => narrator.skip(-10)],
      ['seekforward', () => narrator.skip(10)],
      ['seekto', (d) => narrator.seek(d.seekTime ?? 0)],
    ];
    if (next) actions.push(['nexttrack', () => location.assign(`${next}?continue`)]);
    for (const [action, handler] of actions) {
      try {
        navigator.mediaSession.setActionHandler(action, handler);
      } catch {
        // Browsers reject actions they do not support.
      }
    }
  }

  private render() {
    const narrator = this.narrator;
    if (!narrator) return;
    const toggle = this.querySelector<HTMLButtonElement>('[data-action="toggle"]');
    if (toggle) {
      toggle.setAttribute('aria-pressed', String(narrator.playing));
      toggle.querySelector('[data-label]')!.textContent = narrator.playing ? this.strings.pause : this.strings.play;
    }
    const seek = this.querySelector<HTMLInputElement>('[data-seek]');
    const time = this.querySelector<HTMLOutputElement>('[data-time]');
    const isAudio = narrator instanceof AudioNarrator;
    const label = isAudio
      ? fill(this.strings.timeOf, { current: formatClock(narrator.position), total: formatClock(narrator.duration) })
      : fill(this.strings.sentenceOf, { current: narrator.line + 1, total: narrator.duration });
    if (seek) {
      if (isAudio) seek.max = String(Math.ceil(narrator.duration));
      seek.value = String(Math.floor(narrator.position));
      seek.setAttribute('aria-valuetext', label);
    }
    if (time) time.textContent = label;
    this.highlight(narrator.line, narrator.playing);
    if ('mediaSession' in navigator) navigator.mediaSession.playbackState = narrator.playing ? 'playing' : 'paused';
    this.dispatchEvent(new CustomEvent('narration-change', { bubbles: true }));
  }

  private highlight(index: number, playing: boolean) {
    if (index === this.shownLine) return;
    this.lines[this.shownLine]?.removeAttribute('aria-current');
    this.shownLine = index;
    const line = this.lines[index];
    if (!line) return;
    line.setAttribute('aria-current', 'true');
    this.follower.follow(line, playing);
  }

  private say(message: string, offerStartOver = false) {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!status) return;
    status.textContent = message;
    if (offerStartOver) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = this.strings.startOver;
      button.addEventListener('click', () => {
        this.narrator?.seek(0);
        stored.set(resumeKey(this.dataset.exhibit ?? '', this.dataset.lang ?? ''), null);
        this.lastSaved = 0;
        status.textContent = '';
      });
      status.append(' ', button);
    }
  }
}

customElements.define('narration-player', NarrationPlayer);
