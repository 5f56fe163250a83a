import { Component, createElement as h } from 'react';
import { todayIn } from '../../places/index.ts';
import { verifiedOnProblem } from '../build/widget-checks.ts';
import { problemText, t } from './strings.ts';
import { type ControlProps, invalid, type Validity } from './widget-props.ts';

let timezone = 'Asia/Ho_Chi_Minh';

export function setVerifiedOnTimezone(zone: string): void {
  timezone = zone;
}

/** Decap may hand the date back as a Date when the YAML had an unquoted date. */
function asIsoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : '';
}

/**
 * "Verified on": a date box and a "Verified today" button that sets today's date in the site's time
 * zone (the freshness badge counts days there). A future date is refused, as the content check does.
 */
export class VerifiedOnControl extends Component<ControlProps> {
  isValid = (): Validity => {
    const value = asIsoDate(this.props.value);
    if (value === '') return true;
    const problem = verifiedOnProblem(value, todayIn(timezone));
    return problem ? invalid(problemText(problem)) : true;
  };

  override render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
    const value = asIsoDate(this.props.value);
    return h(
      'div',
      { style: row },
      h('input', {
        id: forID,
        type: 'date',
        className: classNameWrapper,
        style: { maxWidth: '14em' },
        value,
        max: todayIn(timezone),
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
      h(
        'button',
        { type: 'button', style: button, 'data-verified-today': '', onClick: () => onChange(todayIn(timezone)) },
        `✓ ${t('cms.verified.today')}`,
      ),
    );
  }
}

const row = { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' as const };
const button = {
  padding: '10px 16px',
  borderRadius: '6px',
  border: '2px solid #17703a',
  background: '#17703a',
  color: '#fff',
  fontWeight: 600,
  fontSize: '15px',
  cursor: 'pointer',
};
