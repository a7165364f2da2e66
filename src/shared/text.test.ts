import { describe, expect, it } from 'vitest';
import { foldForSearch } from './text.ts';

describe('foldForSearch', () => {
  it.each([
    ['Kabupaten Sarolangun', 'kabupaten sarolangun'],
    ['SAROLANGUN', 'sarolangun'],
    ['Regapu’u', 'regapuu'],
    ['Soka"an', 'sokaan'],
    ['Bénoa', 'benoa'],
    ['  Kota   Jambi ', 'kota jambi'],
    ['Pangkal-Pinang', 'pangkal pinang'],
  ])('%j → %j', (text, expected) => {
    expect(foldForSearch(text)).toBe(expected);
  });
});
