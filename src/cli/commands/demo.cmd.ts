import { loadSarolangun } from '../../demo/sarolangun/sarolangun.load.ts';
import { type Command, printJson, stringFlag, UsageError } from '../cli.ts';

/**
 * `demo sarolangun [--scale 1]`: plays the participant-level Sarolangun simulation now, in the
 * foreground with a line per month (the server plays it in the background after its first start;
 * both resume where an earlier run stopped). Any database the demo was loaded into.
 */
export const demoCommand: Command = {
  name: 'demo',
  summary: {
    id: 'Memainkan simulasi registri Kabupaten Sarolangun (impor, tagihan, pembayaran, kepesertaan lapse)',
    en: 'Play the Kabupaten Sarolangun registry simulation (imports, bills, payments, lapses)',
  },
  usage: 'demo sarolangun [--scale 1] [--json]',
  valueFlags: ['scale'],
  async run(context) {
    if (context.args[0] !== 'sarolangun')
      throw new UsageError({ id: 'Gunakan: demo sarolangun', en: 'Usage: demo sarolangun' });
    const scale = Number(stringFlag(context.flags, 'scale') ?? '1');
    if (!(scale > 0 && scale <= 1))
      throw new UsageError({ id: '--scale harus di antara 0 dan 1', en: '--scale must lie between 0 and 1' });
    const database = await context.database();
    const summary = await loadSarolangun(database, {
      scale,
      onProgress: (step, done, total) => {
        if (!context.json) context.print(`[${done}/${total}] ${step}`);
      },
    });
    if (context.json) printJson(context, summary);
    else context.print(JSON.stringify(summary));
    return 0;
  },
};
