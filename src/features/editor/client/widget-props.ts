/**
 * The props Decap CMS passes a widget's control (decap-cms-core's Widget.js). Values of object fields
 * arrive as Immutable maps; we convert with toJS and hand plain values back.
 */
export interface ControlProps {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  field: { get: (key: string, fallback?: unknown) => unknown; toJS?: () => Record<string, unknown> };
  /** The whole entry being edited (an Immutable map: `entry.getIn(['data', field])`). */
  entry?: { getIn?: (path: string[]) => unknown };
}

/** Decap's shape for a validation result: true, or an error with the message shown under the field. */
export type Validity = true | { error: { type: 'CUSTOM'; message: string } };

export function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS: () => unknown }).toJS() : value;
}

export function invalid(message: string): Validity {
  return { error: { type: 'CUSTOM', message } };
}
