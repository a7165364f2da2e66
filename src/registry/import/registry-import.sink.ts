import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Executor } from '../../db/database.ts';
import type { RegistryIssue } from './registry-import.issues.ts';

/**
 * Where an import's problems go while it runs: every one to a spill file on disk (so memory does not
 * grow with a file full of errors), the first `inlineLimit` by row also kept for the answer. After the
 * import's transaction ends — committed or rolled back — `persist` copies the spill into
 * `registry_import_issue` for the downloadable error report.
 */
export class IssueSink {
  total = 0;
  private inline: RegistryIssue[] = [];
  private buffer = '';
  /** Two spills, each in row order: the row readers' problems, then the SQL checks' (merged in `persist`). */
  private readonly dir: string;
  private readonly files: [string, string];
  private readonly fds: [number, number];
  private part: 0 | 1 = 0;
  private open = true;

  constructor(readonly inlineLimit = 1000) {
    // A private directory per import: nothing else writes there, and discard() removes it whole. (The
    // files were unlinked at once and read through shared descriptors before; reading and closing one
    // descriptor from two places crashed a long demo run with EBADF, so each read opens its own.)
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-import-'));
    this.files = [path.join(this.dir, 'rows.ndjson'), path.join(this.dir, 'sql.ndjson')];
    this.fds = [fs.openSync(this.files[0], 'w'), fs.openSync(this.files[1], 'w')];
  }

  /** From now on the issues come from the SQL checks (a second sequence in row order). */
  startSqlPart(): void {
    this.flush();
    this.part = 1;
  }

  add(issue: RegistryIssue): void {
    this.total++;
    this.buffer += `${JSON.stringify(issue)}\n`;
    if (this.buffer.length > 1 << 16) this.flush();
    this.inline.push(issue);
    if (this.inline.length > 2 * this.inlineLimit) this.trim();
  }

  private trim(): void {
    this.inline.sort((a, b) => a.row - b.row);
    this.inline.length = Math.min(this.inline.length, this.inlineLimit);
  }

  private flush(): void {
    if (this.buffer !== '') fs.writeSync(this.fds[this.part], this.buffer);
    this.buffer = '';
  }

  /** The first issues by row (at most `inlineLimit`). */
  first(): RegistryIssue[] {
    this.trim();
    return this.inline;
  }

  /** Copies every issue into the job's report in row order, in chunks, then deletes the spill files. */
  async persist(db: Executor, jobId: number, chunkSize = 2000): Promise<void> {
    this.flush();
    try {
      let seq = 0;
      let batch: Record<string, unknown>[] = [];
      this.close();
      for await (const i of mergeByRow(readIssues(this.files[0]), readIssues(this.files[1]))) {
        batch.push({
          job_id: jobId,
          seq: ++seq,
          row_number: i.row,
          column_name: i.column,
          code: i.code,
          message: i.message,
          message_en: i.messageEn,
          value: i.value ?? null,
        });
        if (batch.length >= chunkSize) {
          await db
            .insertInto('registry_import_issue')
            .values(batch as never)
            .execute();
          batch = [];
        }
      }
      if (batch.length > 0)
        await db
          .insertInto('registry_import_issue')
          .values(batch as never)
          .execute();
    } finally {
      this.discard();
    }
  }

  /** Closes the spill files once (a closed descriptor number may already belong to another file). */
  private close(): void {
    if (!this.open) return;
    this.open = false;
    for (const fd of this.fds) fs.closeSync(fd);
  }

  discard(): void {
    this.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Reads a finished spill file from its start. */
async function* readIssues(file: string): AsyncGenerator<RegistryIssue> {
  const input = fs.createReadStream(file);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as RegistryIssue;
}

/** Merges two sequences that are each in row order (the first wins ties: a row's own problems first). */
async function* mergeByRow(a: AsyncGenerator<RegistryIssue>, b: AsyncGenerator<RegistryIssue>) {
  let x = await a.next();
  let y = await b.next();
  while (!x.done || !y.done) {
    if (!x.done && (y.done || x.value.row <= y.value.row)) {
      yield x.value;
      x = await a.next();
    } else if (!y.done) {
      yield y.value;
      y = await b.next();
    }
  }
}
