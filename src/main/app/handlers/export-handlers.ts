import { ExportJobs } from '../export-jobs';
import type { HandlerTable } from '../handler-table';
import type { AppPorts } from '../ports';
import type { VaultSession } from '../vault-session';

type ExportChannels = Extract<keyof HandlerTable, `export:${string}`>;

export function exportHandlers(session: VaultSession, ports: AppPorts): Pick<HandlerTable, ExportChannels> {
  const jobs = new ExportJobs(session, ports);
  return {
    'export:getRedactions': () => jobs.redactions().get(),
    'export:setRedactions': (list) => jobs.redactions().set(list),
    'export:preview': (request) => jobs.preview(request),
    'export:run': ({ jobId, request }) => jobs.run(jobId, request),
    'export:cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
