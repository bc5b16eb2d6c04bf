import { act, renderHook } from '@testing-library/react';
import { addLeaveGuard, useRoute } from './router';

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('router leave guards', () => {
  it('keeps the page while a guard says no, and follows the link once it says yes', () => {
    window.location.hash = '#/studio/laptop';
    const { result } = renderHook(() => useRoute());
    let mayLeave = false;
    const off = addLeaveGuard(() => mayLeave);
    go('#/tickets');
    expect(result.current).toEqual({ section: 'studio', params: ['laptop'] });
    expect(window.location.hash).toBe('#/studio/laptop');
    mayLeave = true;
    go('#/tickets');
    expect(result.current).toEqual({ section: 'tickets', params: [] });
    off();
    mayLeave = false;
    go('#/catalog');
    expect(result.current.section).toBe('catalog');
  });
});
