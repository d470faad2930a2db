import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportPhase, ExportRequest, ExportResult } from '@shared/export';
import { call, onEvent } from '../../bridge';

export type RunState =
  | { state: 'idle' }
  | { state: 'running'; jobId: string; phase: ExportPhase | null; done: number; total: number }
  | { state: 'finished'; result: ExportResult }
  | { state: 'failed'; error: unknown };

/** Runs an export in main, following its progress events; Cancel asks main to stop. */
export function useExportRun() {
  const [run, setRun] = useState<RunState>({ state: 'idle' });
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('export:progress', (progress) => {
        if (progress.jobId !== current.current) return;
        setRun({
          state: 'running',
          jobId: progress.jobId,
          phase: progress.phase,
          done: progress.done,
          total: progress.total,
        });
      }),
    [],
  );

  const start = useCallback(async (request: ExportRequest) => {
    const jobId = crypto.randomUUID();
    current.current = jobId;
    setRun({ state: 'running', jobId, phase: null, done: 0, total: request.entryIds.length });
    try {
      const result = await call('export:run', { jobId, request });
      setRun({ state: 'finished', result });
    } catch (error) {
      setRun({ state: 'failed', error });
    } finally {
      current.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId) void call('export:cancel', { jobId });
  }, []);

  return { run, start, cancel };
}
