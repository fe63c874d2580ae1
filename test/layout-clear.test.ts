// The body frame a template's art leaves free: narrowed beside a logo in a corner, cut short above a rule across the
// foot, and kept as the designer drew it where the art stands so that neither leaves three fifths of the frame.
import { describe, expect, it } from 'vitest';
import { clearOfArt } from '../src/layout/clear.js';

const BODY = { x: 1, y: 2, w: 11, h: 5 };

describe('clearOfArt', () => {
  it('keeps the frame where no art stands in it', () => {
    expect(clearOfArt(BODY, [{ x: 0, y: 0, w: 13, h: 1.5 }])).toEqual(BODY);
  });

  it('narrows the frame beside a logo in its lower right corner, as that keeps more of it than cutting it short', () => {
    const f = clearOfArt(BODY, [{ x: 10, y: 5.5, w: 2.5, h: 1.8 }]);
    expect(f).toMatchObject({ x: 1, y: 2, h: 5 });
    expect(f.x + f.w).toBeCloseTo(9.9, 6);
  });

  it('cuts the frame short above a rule drawn across its foot', () => {
    const f = clearOfArt(BODY, [{ x: 0, y: 6.4, w: 13.3, h: 0.02 }]);
    expect(f).toMatchObject({ x: 1, y: 2, w: 11 });
    expect(f.y + f.h).toBeCloseTo(6.3, 6);
  });

  it('lowers the top below a badge in its upper left corner where that keeps more than narrowing', () => {
    const f = clearOfArt(BODY, [{ x: 0.5, y: 1.8, w: 5, h: 0.6 }]);
    expect(f).toMatchObject({ x: 1, w: 11 });
    expect(f.y).toBeCloseTo(2.5, 6);
  });

  it('keeps the frame as drawn where the art fills its middle', () => {
    expect(clearOfArt(BODY, [{ x: 3, y: 3, w: 7, h: 3 }])).toEqual(BODY);
  });
});
