// briefing/*: thin handlers over electron/backend/governance/briefing*.ts.
import { briefing } from '../../governance/briefing';
import { briefingPdf } from '../../governance/briefing-pdf';
import type { HandlerGroup } from '../types';

export const briefingHandlers: HandlerGroup<'briefing/get' | 'briefing/create-pdf'> = {
  'briefing/get': ({ date, team }, { store }) => briefing(store, date, team ?? null),
  'briefing/create-pdf': async ({ date, team }, { store }) => {
    const { file_name, pdf } = await briefingPdf(briefing(store, date, team ?? null), store.now());
    return { file_name, pdf_base64: pdf.toString('base64'), bytes: pdf.length };
  },
};
