import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';
import { inProcessCli } from '../helpers/cli.ts';

/** The foreground player's arguments (the play itself is test/db/sarolangun.db.test.ts). */
let t: TestApp;
const cli = inProcessCli(() => t);

beforeAll(async () => {
  t = await testApp('base');
});
afterAll(() => t.close());

describe('cakupan demo', () => {
  it.each([
    [['demo'], 'no world named'],
    [['demo', 'pangkalpinang'], 'an unknown world'],
    [['demo', 'sarolangun', '--scale', '0'], 'scale 0'],
    [['demo', 'sarolangun', '--scale', '1.5'], 'scale above 1'],
    [['demo', 'sarolangun', '--scale', 'abc'], 'scale not a number'],
  ])('%j → usage error (%s)', async (args, _why) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
  });
});
