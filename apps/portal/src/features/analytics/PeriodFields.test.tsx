import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { renderPage } from '../../test/render-page';
import type { Period } from './analytics-period';
import { PeriodFields } from './PeriodFields';

const TODAY = '2026-11-23';

function renderFields(period: Period = { from: '2026-10-27', to: TODAY }) {
  const onChange = vi.fn<(period: Period) => void>();
  const view = renderPage(
    () => <PeriodFields period={period} today={TODAY} onChange={onChange} />,
    {
      path: '/analytics',
    },
  );
  return {
    ...view,
    onChange,
    from: screen.getByLabelText('From'),
    to: screen.getByLabelText('To'),
  };
}

/** What a browser's date field reports as someone types a year digit by digit. */
function typeYear(field: HTMLElement, monthAndDay: string, year: string) {
  for (let digits = 1; digits <= year.length; digits++) {
    const partial = year.slice(0, digits).padStart(4, '0');
    fireEvent.change(field, { target: { value: `${partial}-${monthAndDay}` } });
  }
}

describe('the period fields', () => {
  it('take a typed day once the field is left, not at each keystroke', () => {
    const { from, onChange } = renderFields();

    typeYear(from, '11-02', '2026');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(from);

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ from: '2026-11-02', to: TODAY });
  });

  it('take a day on Enter', () => {
    const { to, onChange } = renderFields();

    fireEvent.change(to, { target: { value: '2026-11-20' } });
    fireEvent.keyDown(to, { key: 'Enter' });

    expect(onChange).toHaveBeenCalledWith({ from: '2026-10-27', to: '2026-11-20' });
  });

  it('never move the other end: a first day after the last says so and changes nothing', () => {
    const { from, to, onChange } = renderFields();

    fireEvent.change(from, { target: { value: '2026-12-24' } });
    fireEvent.blur(from);

    expect(onChange).not.toHaveBeenCalled();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveValue(TODAY);
  });

  it('refuse a last day in the future and a day before the first', () => {
    const { to, onChange } = renderFields();

    fireEvent.change(to, { target: { value: '2027-01-05' } });
    fireEvent.blur(to);
    expect(to).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(to, { target: { value: '2026-10-01' } });
    fireEvent.blur(to);
    expect(to).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(to, { target: { value: '2026-11-01' } });
    fireEvent.blur(to);
    expect(to).not.toHaveAttribute('aria-invalid');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ from: '2026-10-27', to: '2026-11-01' });
  });
});
