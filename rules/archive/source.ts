// An export as the platforms deliver it: a zip, or the folder it was unpacked to. Only the few
// files a format needs are read; media (often gigabytes in an X archive) is listed, never opened.
//
// Zip reading uses yauzl: it reads the central directory and then inflates single entries on
// demand, so a multi-gigabyte archive costs only the size of the JSON/CSV files we open; it
// validates entry sizes and rejects paths that escape the archive.

import { open as openFile, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';

export type ArchiveSource = {
  /** The path the user gave. */
  location: string;
  /** Every file in the export, '/'-separated, relative to its root. */
  files: string[];
  read(file: string): Promise<Buffer>;
  close(): Promise<void>;
};

export class ArchiveError extends Error {}

async function listFolder(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFolder(root, relative);
      return entry.isFile() ? [relative] : [];
    }),
  );
  return nested.flat();
}

async function openFolder(location: string): Promise<ArchiveSource> {
  const files = await listFolder(location);
  return {
    location,
    files,
    read: (file) => readFile(path.join(location, ...file.split('/'))),
    close: async () => {},
  };
}

function openZip(location: string): Promise<ArchiveSource> {
  return new Promise((resolve, reject) => {
    yauzl.open(location, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(new ArchiveError(`${location}: not a readable zip (${error.message})`));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('error', (zipError: Error) => reject(new ArchiveError(`${location}: ${zipError.message}`)));
      zip.on('end', () =>
        resolve({
          location,
          files: [...entries.keys()],
          read: (file) =>
            new Promise((done, fail) => {
              const entry = entries.get(file);
              if (!entry) return fail(new ArchiveError(`${location}: no ${file} in the zip`));
              zip.openReadStream(entry, (streamError, stream) => {
                if (streamError) return fail(new ArchiveError(`${location}: ${file}: ${streamError.message}`));
                const chunks: Buffer[] = [];
                stream.on('data', (chunk: Buffer) => chunks.push(chunk));
                stream.on('error', (readError: Error) => fail(new ArchiveError(`${location}: ${file}: ${readError.message}`)));
                stream.on('end', () => done(Buffer.concat(chunks)));
              });
            }),
          close: async () => zip.close(),
        }),
      );
      zip.readEntry();
    });
  });
}

async function startsLikeZip(location: string): Promise<boolean> {
  const handle = await openFile(location, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

export async function openArchive(location: string): Promise<ArchiveSource> {
  let folder: boolean;
  try {
    folder = (await stat(location)).isDirectory();
  } catch (error) {
    throw new ArchiveError(`cannot read ${location}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (folder) return openFolder(location);
  if (!(await startsLikeZip(location))) throw new ArchiveError(`${location}: neither a folder nor a zip file`);
  return openZip(location);
}
