import { Component, createElement as h } from 'react';
import type { Language } from '../../../content/schemas/language.ts';
import { narrationPlainText, splitSentences } from '../../narration/index.ts';
import { t, template } from './strings.ts';
import './tap-to-sync.ts';
import type { TapToSync } from './tap-to-sync.ts';
import { type ControlProps, plain } from './widget-props.ts';

interface EntryProps {
  entry?: { getIn: (path: string[]) => unknown; get: (key: string) => unknown };
  locale?: string;
  getAsset?: (path: string, field: unknown) => unknown;
}

/**
 * The editor's field for `audio.sentenceStarts`: a <tap-to-sync> for this language's recording and
 * text. Shown with a request to tap when the importer marked the automatic alignment unsure.
 */
export class TapToSyncControl extends Component<ControlProps & EntryProps> {
  private element: TapToSync | null = null;

  private data(key: string[]): unknown {
    const { entry, locale } = this.props;
    const localized = locale ? entry?.getIn(['i18n', locale, 'data', ...key]) : undefined;
    return plain(localized ?? entry?.getIn(['data', ...key]));
  }

  private mount = (element: HTMLElement | null) => {
    if (!element || this.element) return;
    const audio = (key: string) => this.data(['audio', key]);
    const published = (audio('mp3') ?? audio('opus')) as string | undefined;
    const master = audio('master') as string | undefined;
    const src =
      published ?? (master && this.props.getAsset ? String(this.props.getAsset(master, this.props.field)) : '');
    if (!src) {
      element.textContent = t('cms.tapSync.noRecording');
      return;
    }
    const lang = (this.props.locale ?? document.documentElement.lang ?? 'vi') as Language;
    const text = `${String(this.data(['title']) ?? '')}.\n${narrationPlainText(String(this.data(['body']) ?? ''))}`;
    const sync = document.createElement('tap-to-sync') as TapToSync;
    sync.src = src;
    sync.sentences = splitSentences(text, lang);
    sync.strings = {
      start: t('cms.tapSync.start'),
      tap: t('cms.tapSync.tap'),
      progress: template('cms.tapSync.progress'),
      saved: t('cms.tapSync.saved'),
    };
    sync.addEventListener('synced', (event) => this.props.onChange((event as CustomEvent<number[]>).detail));
    element.append(sync);
    this.element = sync;
  };

  override render() {
    const unsure = this.data(['audio', 'captionsUnsure']) === true;
    const starts = plain(this.props.value);
    return h(
      'div',
      { id: this.props.forID, className: this.props.classNameWrapper },
      unsure ? h('p', { role: 'note' }, t('cms.tapSync.unsure')) : null,
      Array.isArray(starts) && starts.length > 0
        ? h('p', null, starts.map((s) => Number(s).toFixed(1)).join(' · '))
        : null,
      h('div', { ref: this.mount }),
    );
  }
}
