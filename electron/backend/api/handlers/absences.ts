// absences/*: the list, add / change / remove (reporting drop-outs), and ending one early.
import { endAbsence } from '../../editing/supervisor';
import { currentUser } from '../../identity';
import { addAbsence, deleteAbsence, updateAbsence } from '../../roster/absences';
import type { AreaHandlers } from '../types';

export const absencesHandlers: AreaHandlers<'absences'> = {
  'absences/list': (_i, { store }) => store.read.absences(),
  'absences/add': (a, { store }) => addAbsence(store, a),
  'absences/update': ({ id, ...a }, { store }) => updateAbsence(store, id, a),
  'absences/delete': ({ id }, { store }) => deleteAbsence(store, id),
  'absences/end-absence': ({ id, from }, { store }) => endAbsence(store, id, from, currentUser(store)),
};
