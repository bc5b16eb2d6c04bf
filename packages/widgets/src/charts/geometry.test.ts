import { arcPath, barPath, monotonePath } from './geometry';

const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('chart geometry', () => {
  it('draws a smooth line that never leaves the range of the values it joins', () => {
    const path = monotonePath([
      [0, 100],
      [10, 0],
      [20, 0],
      [30, 50],
    ]);
    expect(path.startsWith('M0,100')).toBe(true);
    const ys = numbers(path).filter((_, i) => i % 2 === 1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
  });

  it('rounds only the far end of a bar', () => {
    expect(barPath(0, 0, 20, 100, 4, 'top')).toContain('Q');
    expect(barPath(0, 0, 20, 100, 0, 'top')).toBe('M0,0h20v100h-20Z');
  });

  it('draws a full turn as two half arcs, and a ring segment with an inner edge', () => {
    expect(arcPath(50, 50, 0, 40, 0, Math.PI * 2).match(/A/g)).toHaveLength(2);
    const ring = arcPath(50, 50, 20, 40, 0, Math.PI / 2);
    expect(ring).toMatch(/^M50,10A40,40,0,0,1,90,50L70,50A20,20,0,0,0,50,30Z$/);
  });
});
