import { promises as fsp, constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/**
 * Every file operation the store performs while saving, behind one object so tests can make any
 * single step fail (fault injection) and check that the journal is exactly the old or the new state.
 */
export interface FsOps {
  /** Create a new file exclusively with the given mode (the temp file). */
  create(path: string, mode: number): Promise<FileHandle>;
  write(handle: FileHandle, data: Buffer): Promise<void>;
  fsync(handle: FileHandle): Promise<void>;
  close(handle: FileHandle): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** fsync the directory so the rename itself is durable. */
  fsyncDir(dir: string): Promise<void>;
}

export const realFsOps: FsOps = {
  create: (path, mode) => fsp.open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode),
  write: async (handle, data) => {
    let off = 0;
    while (off < data.length) {
      const { bytesWritten } = await handle.write(data, off, data.length - off);
      off += bytesWritten;
    }
  },
  fsync: (handle) => handle.sync(),
  close: (handle) => handle.close(),
  rename: (from, to) => fsp.rename(from, to),
  fsyncDir: async (dir) => {
    const h = await fsp.open(dir, constants.O_RDONLY);
    try {
      await h.sync();
    } catch (err) {
      // Some file systems refuse fsync on directories; the rename is still atomic there.
      if ((err as NodeJS.ErrnoException).code !== 'EINVAL' && (err as NodeJS.ErrnoException).code !== 'EISDIR') throw err;
    } finally {
      await h.close();
    }
  },
};
