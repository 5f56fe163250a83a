import { Component, createElement as h } from 'react';
import { todayIn } from '../../places/index.ts';
import { verifiedOnProblem } from '../build/widget-checks.ts';
import { reverifyRequested, withoutReverify } from './reverify-marker.ts';
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
 * Opened from the reports view's "Mark fixed" (urls.reverifyEntry), it starts at today and says why,
 * so the expert only checks the listing and saves; without that marker it never changes the date.
 */
export class VerifiedOnControl extends Component<ControlProps, { fromReport: boolean }> {
  override state = { fromReport: false };

  override componentDidMount() {
    const entry = this.props.entry;
    const name = {
      collection: String(entry?.getIn?.(['collection']) ?? ''),
      slug: String(entry?.getIn?.(['slug']) ?? ''),
    };
    if (!reverifyRequested(window.location.search, name)) return;
    this.props.onChange(todayIn(timezone));
    this.setState({ fromReport: true });
    // Once: a reload, or this entry opened again later in the same tab, keeps whatever date it has.
    window.history.replaceState(window.history.state, '', withoutReverify(window.location.href));
  }

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
      this.state.fromReport
        ? h('p', { style: hint, 'data-verified-from-report': '', role: 'status' }, t('cms.verified.fromReport'))
        : null,
    );
  }
}

const row = { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' as const };
const hint = { flexBasis: '100%', margin: 0, color: '#17703a', fontWeight: 600 };
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
