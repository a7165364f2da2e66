/** Where a running import is: rows and bytes read, rows staged, problems so far, and its phase. */
export interface ImportProgress {
  readonly jobId: number;
  phase: 'reading' | 'checking' | 'merging' | 'reporting' | 'done';
  rowsRead: number;
  bytesRead: number;
  rowsStaged: number;
  issues: number;
  readonly startedAt: number;
}

/**
 * Live progress of the imports running in this process, by job id. The import's own transaction
 * cannot show progress to other connections (nothing in it is visible before the commit), so polling
 * reads it here; the job row holds the outcome once the import ends.
 */
const running = new Map<number, ImportProgress>();

export function startProgress(jobId: number): ImportProgress {
  const progress: ImportProgress = {
    jobId,
    phase: 'reading',
    rowsRead: 0,
    bytesRead: 0,
    rowsStaged: 0,
    issues: 0,
    startedAt: Date.now(),
  };
  running.set(jobId, progress);
  return progress;
}

export const liveProgress = (jobId: number): ImportProgress | undefined => running.get(jobId);

export function endProgress(jobId: number): void {
  running.delete(jobId);
}
