// webvtt-parser ships no types; these cover the parts this project uses.
declare module 'webvtt-parser' {
  export interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: unknown[] };
  }
  export interface WebVTTParseResult {
    cues: WebVTTCue[];
    errors: { message: string; line: number; col?: number }[];
    time: number;
  }
  export class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): WebVTTParseResult;
  }
  export class WebVTTSerializer {
    serialize(cues: WebVTTCue[], styles?: unknown[]): string;
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser; WebVTTSerializer: typeof WebVTTSerializer };
  export default webvtt;
}
