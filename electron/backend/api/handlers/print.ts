// Printable day sheets (PDF bytes as base64).
import { daySheets } from '../../print/day-sheets';
import type { HandlerGroup } from '../types';

export const printHandlers: HandlerGroup<'print/create-day-sheets'> = {
  'print/create-day-sheets': async ({ date, operative_ids }, { store }) => {
    const s = await daySheets(store, date, operative_ids);
    return {
      file_name: s.file_name,
      pdf_base64: s.pdf.toString('base64'),
      bytes: s.pdf.length,
      pages: s.pages,
      operatives: s.operatives,
      jobs: s.jobs,
    };
  },
};
