// What the preview and the presenter view share: the server's JSON, the build's fonts, editor links, and the channel
// that keeps both pages on the same slide.

/** The server's JSON at `path`; undefined when the server is gone (the page says so instead of logging errors). */
export async function api(path) {
  try {
    const response = await fetch(path, { cache: 'no-store' });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

const declared = new Set();

/** Declares the build's font families the page has not seen yet: each is one of the build's own files. */
export function installFonts(families) {
  const fresh = families.filter((family) => !declared.has(family));
  if (fresh.length === 0) return;
  for (const family of fresh) declared.add(family);
  const style = document.createElement('style');
  style.textContent =
    fresh.map((f) => `@font-face{font-family:"${f}";src:url("/font/${f}");font-display:block}`).join('') +
    'svg text{font-kerning:none;font-variant-ligatures:none;white-space:pre}';
  document.head.append(style);
}

/** The editor link for `file:line:col` (content-relative), from the template the server was started with. */
export function editorLink(state, source) {
  const match = /^(.*):(\d+):(\d+)$/.exec(source ?? '');
  if (!match || !state?.editor) return '';
  // Absolute, with forward slashes and a leading one (C:\\x becomes /C:/x), as editor links take it.
  const root = state.root.replaceAll('\\', '/').replace(/\/$/, '');
  const path = `${root.startsWith('/') ? '' : '/'}${root}/${match[1]}`;
  // encodeURI leaves # ? & as they are, which would end the path in a link; a function keeps $& in a name literal.
  const encoded = encodeURI(path).replace(/[#?&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return state.editor
    .replaceAll('{path}', () => encoded)
    .replaceAll('{line}', () => match[2])
    .replaceAll('{col}', () => match[3]);
}

/** The problem as the terminal prints it. */
export function problemText(p) {
  return `${p.path ? `${p.path}:${p.line}:${p.col}: ` : ''}${p.message} [${p.rule}]`;
}

/**
 * The slide made from `at` (`file` or `file:line`): the last slide of that file whose source starts at or before the
 * line, else the file's first slide.
 */
export function slideAt(slides, at) {
  const match = /^(.*?)(?::(\d+))?(?::\d+)?$/.exec(at ?? '');
  if (!match) return undefined;
  const [, file, line] = match;
  const ofFile = slides.filter((s) => s.source.startsWith(`${file}:`));
  if (ofFile.length === 0) return undefined;
  const target = Number(line ?? 0);
  const before = ofFile.filter((s) => Number(s.source.split(':').at(-2)) <= target);
  return before.length > 0 ? before.reduce((a, b) => (sourceLine(b) > sourceLine(a) ? b : a)) : ofFile[0];
}

const sourceLine = (s) => Number(s.source.split(':').at(-2));

/** Both pages say which slide is shown; each follows the other. */
export const channel = 'BroadcastChannel' in window ? new BroadcastChannel('workshop-kit-preview') : undefined;

/** Whether a key press asks for the next or the previous slide (0: neither). */
export function step(event) {
  // Alt+Left is the browser's Back; a focused button or link takes Space and Enter for itself.
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, button, a')) return 0;
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) return 1;
  if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) return -1;
  return 0;
}

/**
 * Listens for the server's build events; `onBuilt` runs after every build, and after a reconnection that finds a build
 * the page has not shown (the server restarted, or saves came while the page was away); `onReveal` when an editor names
 * a line; `onStatus` with a word for the page while the server is away, and with '' once it is back.
 */
export function listen(onBuilt, onReveal, onStatus, shownVersion = () => undefined) {
  const source = new EventSource('/events');
  let away = false;
  source.addEventListener('built', () => onBuilt());
  source.addEventListener('reveal', (event) => onReveal(JSON.parse(event.data).at));
  source.addEventListener('hello', (event) => {
    const { version } = JSON.parse(event.data);
    if (away || version !== shownVersion()) onBuilt();
    if (away) onStatus('');
    away = false;
  });
  source.addEventListener('error', () => {
    away = true;
    onStatus('Reconnecting to the preview server…');
  });
}
