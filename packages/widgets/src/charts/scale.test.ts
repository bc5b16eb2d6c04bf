import { niceTicks, tickStep } from './scale';

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
});
