import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StoredFile {
  readonly sha256: string;
  readonly size: number;
}

/** Files (statements, receipts) are stored once, under the hash of their content. */
export interface FileStore {
  put(bytes: Uint8Array): Promise<StoredFile>;
  get(sha256: string): Promise<Uint8Array>;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createFolderFileStore(root: string): FileStore {
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha-256 file key: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256);
  };
  return {
    async put(bytes) {
      const sha256 = sha256Of(bytes);
      const target = pathOf(sha256);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(path.dirname(target), { recursive: true });
        // Write then rename, so a crash never leaves a half file under a valid key.
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, bytes);
        await rename(temporary, target);
      }
      return { sha256, size: bytes.byteLength };
    },
    async get(sha256) {
      return new Uint8Array(await readFile(pathOf(sha256)));
    },
  };
}
