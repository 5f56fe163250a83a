import { activeCueIndex, type Cue } from '../captions.ts';
import { skipTo } from '../playback.ts';

/** What the player drives: a recording with captions, or the device's voice reading sentences. */
export interface Narrator {
  readonly playing: boolean;
  /** Current line of the transcript, -1 between lines. */
  readonly line: number;
  readonly position: number;
  readonly duration: number;
  play(): Promise<void>;
  pause(): void;
  skip(seconds: number): void;
  seek(seconds: number): void;
  playLine(index: number): void;
  setRate(rate: number): void;
}

/**
 * A recording with captions. Nothing of it loads until the visitor plays (preload="none"), so until
 * then the element knows no position: one chosen before (a resumed visit, the slider, a sentence) is
 * kept here and applied once the recording's metadata arrives.
 */
export class AudioNarrator implements Narrator {
  readonly audio: HTMLAudioElement;
  readonly cues: Cue[];
  private pending = 0;
  private readonly onChange: () => void;
  constructor(audio: HTMLAudioElement, cues: Cue[], onChange: () => void) {
    this.audio = audio;
    this.cues = cues;
    this.onChange = onChange;
    audio.addEventListener('loadedmetadata', () => {
      if (this.pending > 0) audio.currentTime = Math.min(this.pending, audio.duration || this.pending);
      this.pending = 0;
    });
  }
  /** Whether the element has loaded anything yet (false before the first Play, and after a reload). */
  get loaded() {
    return this.audio.readyState > HTMLMediaElement.HAVE_NOTHING;
  }
  get playing() {
    return !this.audio.paused && !this.audio.ended;
  }
  get line() {
    return activeCueIndex(this.cues, this.position);
  }
  get position() {
    return this.loaded ? this.audio.currentTime : this.pending;
  }
  get duration() {
    return Number.isFinite(this.audio.duration) ? this.audio.duration : (this.cues.at(-1)?.end ?? 0);
  }
  play() {
    return this.audio.play();
  }
  pause() {
    this.audio.pause();
  }
  skip(seconds: number) {
    this.moveTo(skipTo(this.position, seconds, this.duration));
  }
  seek(seconds: number) {
    this.moveTo(skipTo(seconds, 0, this.duration));
  }
  playLine(index: number) {
    const cue = this.cues[index];
    if (!cue) return;
    this.moveTo(cue.start);
    void this.audio.play().catch(() => undefined);
  }
  setRate(rate: number) {
    // load() resets playbackRate to the default, so the chosen speed is set as the default too.
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
  }
  private moveTo(seconds: number) {
    if (this.loaded) {
      this.audio.currentTime = seconds;
      return;
    }
    this.pending = seconds;
    this.onChange();
  }
}

/**
 * Reads sentences one by one with an on-device voice (never a network voice: the text stays on the
 * phone and it works offline). Pausing cancels and remembers the sentence, since pause() and resume()
 * of speechSynthesis are unreliable on Android.
 */
export class SpeechNarrator implements Narrator {
  playing = false;
  line = 0;
  private rate = 1;
  readonly sentences: string[];
  readonly voice: SpeechSynthesisVoice;
  readonly onChange: () => void;
  constructor(sentences: string[], voice: SpeechSynthesisVoice, onChange: () => void) {
    this.sentences = sentences;
    this.voice = voice;
    this.onChange = onChange;
  }
  get position() {
    return this.line;
  }
  get duration() {
    return this.sentences.length;
  }
  async play() {
    this.playing = true;
    this.speak();
  }
  pause() {
    this.playing = false;
    speechSynthesis.cancel();
    this.onChange();
  }
  skip(seconds: number) {
    this.playLine(Math.min(Math.max(this.line + Math.sign(seconds), 0), this.sentences.length - 1));
  }
  seek(index: number) {
    this.playLine(Math.round(index));
  }
  playLine(index: number) {
    speechSynthesis.cancel();
    this.line = index;
    this.playing = true;
    this.speak();
  }
  setRate(rate: number) {
    this.rate = rate;
  }
  private speak() {
    const text = this.sentences[this.line];
    if (text === undefined) {
      this.playing = false;
      this.line = 0;
      this.onChange();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = this.rate;
    const spoken = this.line;
    utterance.onend = () => {
      if (!this.playing || spoken !== this.line) return;
      this.line++;
      this.speak();
    };
    speechSynthesis.speak(utterance);
    this.onChange();
  }
}

/** On-device voices for a language; they may arrive late, after "voiceschanged". */
export function localVoice(lang: string): Promise<SpeechSynthesisVoice | null> {
  if (!('speechSynthesis' in window)) return Promise.resolve(null);
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const pick = () =>
    speechSynthesis.getVoices().find((v) => v.localService && v.lang.toLowerCase().split(/[-_]/)[0] === base) ?? null;
  const now = pick();
  if (now || speechSynthesis.getVoices().length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(pick());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}
