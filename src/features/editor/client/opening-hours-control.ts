import { Component, createElement as h } from 'react';
import { openingHoursWidgetProblem } from '../build/widget-checks.ts';
import { problemText, t } from './strings.ts';
import { type ControlProps, invalid, type Validity } from './widget-props.ts';

/**
 * `opening_hours` as a text box checked while typing by the same parser and rules as the build
 * (src/content/schemas/opening-hours.ts), so hours the editor accepts always pass `npm run check`.
 */
export class OpeningHoursControl extends Component<ControlProps> {
  isValid = (): Validity => {
    const value = this.props.value;
    if (value === undefined || value === null || value === '') return true; // "required" is Decap's check
    const problem = openingHoursWidgetProblem(value);
    return problem ? invalid(problemText(problem)) : true;
  };

  override render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
    const value = typeof this.props.value === 'string' ? this.props.value : '';
    const problem = value === '' ? null : openingHoursWidgetProblem(value);
    return h(
      'div',
      null,
      h('input', {
        id: forID,
        type: 'text',
        className: classNameWrapper,
        value,
        spellCheck: false,
        autoComplete: 'off',
        'aria-describedby': `${forID}-status`,
        'aria-invalid': problem ? true : undefined,
        placeholder: 'Mo-Su 08:00-17:00',
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
      h(
        'p',
        { id: `${forID}-status`, role: 'status', 'data-hours-status': problem ? 'invalid' : 'valid', style: status },
        value === '' ? '' : problem ? problemText(problem) : t('cms.hours.valid'),
      ),
    );
  }
}

const status = { margin: '6px 0 0', fontSize: '13px' };
