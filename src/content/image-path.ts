// Where an image, logo, template or font an author names is in the content folder.
import { posix } from 'node:path';

/** Normalises an author's image path to a content-relative key, or explains why it cannot be one. */
export function normaliseImagePath(url: string): { path?: string; problem?: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    return {
      problem: `image \`${url}\` is a URL; images must be files inside the content folder (e.g. assets/logo.png)`,
    };
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // keep the text as written
  }
  if (decoded.startsWith('/') || /^[A-Za-z]:[\\/]/.test(decoded))
    return {
      problem: `image \`${url}\` is an absolute path; write it relative to the content folder (e.g. assets/logo.png)`,
    };
  const path = posix.normalize(decoded.replace(/\\/g, '/'));
  if (path === '..' || path.startsWith('../'))
    return { problem: `image \`${url}\` points outside the content folder; images must stay inside it` };
  return { path };
}
