import { fitLabel, labelEvery, linearScale, niceTicks, textWidth, tickStep } from './scale';

describe('chart scales', () => {
  it('picks ticks in steps of 1, 2 or 5 times a power of ten that cover the data', () => {
    expect(niceTicks(0, 28, 5)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(0, 1234, 4)).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400]);
    expect(niceTicks(0, 1234, 2)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(0, 0.9, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(tickStep(100, 10)).toBe(10);
  });

  it('keeps whole-number axes whole and draws an axis for empty or flat data', () => {
    expect(niceTicks(0, 3, 8, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 0, 5, true)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN, 5)).toEqual([0, 1]);
  });

  it('maps a domain linearly onto pixels, including inverted ranges', () => {
    const y = linearScale([0, 30], [200, 20]);
    expect(y(0)).toBe(200);
    expect(y(30)).toBe(20);
    expect(y(15)).toBe(110);
  });

  it('shortens labels that do not fit and thins out crowded axes', () => {
    expect(fitLabel('Service desk', 200)).toBe('Service desk');
    expect(fitLabel('Infrastructure and networks', 60)).toMatch(/…$/);
    expect(labelEvery(['Nov 13', 'Nov 14', 'Nov 15'], 100)).toBe(1);
    expect(labelEvery(['Nov 13', 'Nov 14', 'Nov 15'], 20)).toBeGreaterThan(1);
  });

  it('measures Chinese labels as wide characters, and cuts them on a character', () => {
    expect(textWidth('服务台')).toBe(33);
    expect(textWidth('服务台')).toBeGreaterThan(textWidth('abc') * 1.5);
    expect(fitLabel('基础设施与网络支持', 50)).toMatch(/^基础设…$|^基础…$/);
    expect(textWidth(fitLabel('基础设施与网络支持', 50))).toBeLessThanOrEqual(50);
  });
});
