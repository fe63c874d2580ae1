// Problems with the output folder are the user's to fix (a read-only disk, a file in the way): said plainly, never as a bug.

/** The output folder cannot take the kits; the message says why and what to do. */
export class OutputError extends Error {}

const WHAT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way of a file',
  EEXIST: 'a file is in the way of a folder',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has a symbolic link loop',
  EMFILE: 'too many files are open',
  EBUSY: 'a file is in use by another program',
  ENOENT: 'a folder on the way does not exist or cannot hold folders',
  EXDEV: 'the output folder spans two file systems',
};

/** What a file system error means for the user, when it is one they can fix. */
export function whatWentWrong(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? WHAT[code] : undefined;
}

/** A file system error met while writing, as an `OutputError` when it is one the user can fix; anything else is rethrown. */
export function outputError(error: unknown, outDir: string): Error {
  if (error instanceof OutputError) return error;
  const e = error as NodeJS.ErrnoException;
  const what = whatWentWrong(e);
  if (!what) return error instanceof Error ? error : new Error(String(error));
  const where = e.path ? ` (${e.path})` : '';
  return new OutputError(
    `cannot write to the output folder ${outDir}: ${what}${where}; choose another --out or fix the folder, then build again`,
  );
}
