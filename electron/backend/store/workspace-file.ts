// What a workspace path holds, found out without opening it through SQLite: whether it exists,
// its size, its SQLite header (magic and application_id) and whether we may write it and its
// folder. Lets the opener refuse an emptied or foreign file before touching it.
import fs from 'node:fs';
import path from 'node:path';

/** `PRAGMA application_id` of every Planwright workspace: 'PLWR'. */
export const APPLICATION_ID = 0x504c5752;

const MAGIC = 'SQLite format 3\0';

export interface WorkspaceFileFacts {
  exists: boolean;
  isFile: boolean;
  bytes: number;
  /** Bytes in `<file>-wal`: committed pages not yet copied into the file. */
  walBytes: number;
  /** The SQLite magic string opens the file. */
  sqliteHeader: boolean;
  /** A header shorter than SQLite's 100 bytes. */
  shortHeader: boolean;
  applicationId: number;
  fileWritable: boolean;
  folderWritable: boolean;
}

function sizeOf(p: string): number {
  try {
    return fs.statSync(p).size;
  } catch {
    return 0;
  }
}

function writable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function inspectWorkspaceFile(file: string): WorkspaceFileFacts {
  let st: fs.Stats | null;
  try {
    st = fs.statSync(file);
  } catch {
    st = null;
  }
  const folderWritable = writable(path.dirname(path.resolve(file)));
  const walBytes = sizeOf(`${file}-wal`);
  if (!st || !st.isFile()) {
    return {
      exists: !!st,
      isFile: false,
      bytes: 0,
      walBytes,
      sqliteHeader: false,
      shortHeader: false,
      applicationId: 0,
      fileWritable: false,
      folderWritable,
    };
  }
  const header = Buffer.alloc(100);
  let read: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    read = 0;
  }
  const sqliteHeader = read >= MAGIC.length && header.toString('latin1', 0, MAGIC.length) === MAGIC;
  return {
    exists: true,
    isFile: true,
    bytes: st.size,
    walBytes,
    sqliteHeader,
    shortHeader: sqliteHeader && read < 100,
    applicationId: read >= 72 ? header.readInt32BE(68) : 0,
    fileWritable: writable(file),
    folderWritable,
  };
}
