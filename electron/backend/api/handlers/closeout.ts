// closeout/*: thin handlers over electron/backend/governance/close-out-*.ts.
import { closeOutSummary } from '../../governance/close-out-summary';
import { closeOutPdf } from '../../governance/close-out-pdf';
import type { HandlerGroup } from '../types';

export const closeOutHandlers: HandlerGroup<'closeout/get' | 'closeout/create-pdf'> = {
  'closeout/get': ({ date, team }, { store }) => closeOutSummary(store, date, team ?? null),
  'closeout/create-pdf': async ({ date, team }, { store }) => {
    const { file_name, pdf } = await closeOutPdf(closeOutSummary(store, date, team ?? null), store.now());
    return { file_name, pdf_base64: pdf.toString('base64'), bytes: pdf.length };
  },
};
