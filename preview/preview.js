// The preview page: every slide of the chosen client as the build draws it, updated in place on every save.
import { api, channel, editorLink, installFonts, listen, problemText, slideAt, step } from './shared.js';

const params = new URLSearchParams(location.search);
const deck = document.getElementById('deck');
const status = document.querySelector('.status');
const panel = document.querySelector('.problems-panel');
const problemList = document.querySelector('[data-problems]');
let state;
let current = 0;
/** Each shown slide's SVG, to replace only the slides a save changed. */
const shown = new Map();
let pendingAt = params.get('at');
/** The last request made: an answer to an earlier one that arrives after it is dropped. */
let asked = 0;
const VIEWS = { slides: 'Slides', worksheets: 'Worksheets', guide: 'Guide', handouts: 'Handouts' };
const view = params.get('view') in VIEWS ? params.get('view') : 'slides';
/** The audience view (`?show`): one slide filling the screen, for the projector; the presenter view drives it. */
const audience = params.has('show') && view === 'slides';
if (audience) document.body.classList.add('audience');

async function refresh() {
  if (view !== 'slides') return refreshPages();
  const client = params.get('client');
  const ticket = ++asked;
  const next = await api(`/api/slides${client ? `?client=${encodeURIComponent(client)}` : ''}`);
  if (ticket !== asked) return;
  if (!next) return say('The preview server is not answering.');
  state = next;
  installFonts(state.fonts);
  showClients();
  keepingPlace(() => showSlides(state.slides));
  showProblems(state.problems);
  say(summary(state.slides.length, 'slide', 'slides'));
  if (pendingAt) {
    reveal(pendingAt);
    pendingAt = null;
  }
}

/**
 * A page's PDF viewer is loaded when the page comes within a screen of the window and let go when it is three screens
 * away: a viewer for every page of a 28-page guide held 2 GB of memory in Chromium.
 */
const frameOf = (entry) => entry.target.querySelector('iframe');
const nearby = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const frame = frameOf(entry);
      if (entry.isIntersecting && frame && frame.getAttribute('src') !== frame.dataset.src)
        frame.setAttribute('src', frame.dataset.src);
    }
  },
  { rootMargin: '100% 0px' },
);
const faraway = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (!entry.isIntersecting) frameOf(entry)?.removeAttribute('src');
  },
  { rootMargin: '300% 0px' },
);

/** A printed artefact's pages, each the PDF's page in the browser's own viewer, loaded as it scrolls into view. */
async function refreshPages() {
  const client = params.get('client');
  const query = client ? `?client=${encodeURIComponent(client)}` : '';
  const ticket = ++asked;
  const [pages, slides] = await Promise.all([api(`/api/pages${query}`), api(`/api/slides${query}`)]);
  if (ticket !== asked) return;
  if (!pages || !slides) return say('The preview server is not answering.');
  state = slides;
  showClients();
  showProblems(state.problems);
  const file = pages.artefacts.find((a) => a.name === view);
  if (!file) {
    deck.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: `This kit has no ${VIEWS[view].toLowerCase()}.` }),
    );
    return say('');
  }
  keepingPlace(() => {
    const figures = [...deck.querySelectorAll('figure.page')];
    for (let n = 1; n <= file.pages; n++) {
      let figure = figures[n - 1];
      if (!figure) {
        figure = document.createElement('figure');
        figure.className = 'page';
        figure.innerHTML = '<div data-page><iframe></iframe></div><figcaption></figcaption>';
        deck.append(figure);
      }
      figure.id = `page-${n}`;
      const holder = figure.firstElementChild;
      holder.dataset.page = `${view}:${n}`;
      holder.style.aspectRatio = `${file.size.width} / ${file.size.height}`;
      holder.style.maxWidth = `${Math.round(file.size.width * 1.5)}px`;
      const frame = holder.firstElementChild;
      frame.title = `${VIEWS[view]}, page ${n}`;
      // Addressed by its content: a save that leaves this file as it was reloads no page of it.
      // A PDF of the one page: every browser's viewer shows it, where some ignore `#page=N`.
      const src = `/artefact/${view}.pdf${query}${query ? '&' : '?'}page=${n}&v=${file.digest}#toolbar=0&navpanes=0&view=Fit`;
      frame.dataset.src = src;
      if (frame.hasAttribute('src') && frame.getAttribute('src') !== src) frame.setAttribute('src', src);
      nearby.observe(figure);
      faraway.observe(figure);
      figure.lastElementChild.textContent = `${VIEWS[view]} · page ${n} of ${file.pages}`;
    }
    for (const extra of figures.slice(file.pages)) extra.remove();
  });
  say(summary(file.pages, 'page', 'pages'));
}

function say(text) {
  status.textContent = text;
}

/** The status line: what is shown, or how many problems stop the build, and the client the address named if missing. */
function summary(n, one, many) {
  const count = (k, a, b) => `${k} ${k === 1 ? a : b}`;
  const what = state.problems.length > 0 ? count(state.problems.length, 'problem', 'problems') : count(n, one, many);
  return state.missing ? `No client “${state.missing}”: showing ${state.client ?? 'none'} · ${what}` : what;
}

function showClients() {
  document.title = `${state.client ?? 'workshop-kit'} · ${VIEWS[view]} · workshop-kit preview`;
  const nav = document.querySelector('.clients');
  nav.replaceChildren(
    ...state.clients.map((id) => {
      const a = document.createElement('a');
      a.href = `?${new URLSearchParams({ client: id, ...(view === 'slides' ? {} : { view }) })}`;
      a.textContent = id;
      if (id === state.client) a.setAttribute('aria-current', 'page');
      return a;
    }),
  );
  const views = document.querySelector('.views');
  views.replaceChildren(
    ...Object.entries(VIEWS).map(([id, label]) => {
      const a = document.createElement('a');
      const query = new URLSearchParams({
        ...(state.client ? { client: state.client } : {}),
        ...(id === 'slides' ? {} : { view: id }),
      });
      a.href = `?${query}`;
      a.textContent = label;
      if (id === view) a.setAttribute('aria-current', 'page');
      return a;
    }),
  );
  const client = state.client ? `client=${encodeURIComponent(state.client)}` : '';
  document.querySelector('.presenter-link').href = `/presenter${client ? `?${client}` : ''}`;
  document.querySelector('.audience-link').href = `/?show${client ? `&${client}` : ''}`;
}

/** Puts the slides in place: a slide whose drawing did not change keeps its element. */
function showSlides(slides) {
  const figures = [...deck.children];
  slides.forEach((slide, i) => {
    let figure = figures[i];
    if (!figure) {
      figure = document.createElement('figure');
      figure.className = 'slide';
      figure.innerHTML = '<div data-slide></div><figcaption></figcaption>';
      deck.append(figure);
    }
    figure.id = `slide-${slide.n}`;
    const drawing = figure.firstElementChild;
    drawing.dataset.slide = String(slide.n);
    drawing.dataset.source = slide.source;
    // Reachable by keyboard: Tab to a slide, Enter opens its source line.
    drawing.tabIndex = audience ? -1 : 0;
    drawing.setAttribute('role', 'link');
    drawing.setAttribute('aria-label', `Slide ${slide.n}: ${slide.title}. Open ${slide.source} in the editor`);
    if (state.size) drawing.style.aspectRatio = `${state.size.width} / ${state.size.height}`;
    if (shown.get(drawing) !== slide.svg) {
      drawing.innerHTML = slide.svg;
      shown.set(drawing, slide.svg);
    }
    caption(figure.lastElementChild, slide);
  });
  for (const extra of figures.slice(slides.length)) extra.remove();
  onWholePixels();
  current = Math.min(current, Math.max(0, slides.length - 1));
}

function caption(el, slide) {
  const parts = [`${slide.n} · ${slide.title}`, slide.source];
  el.replaceChildren(
    ...parts.map((text) => Object.assign(document.createElement('span'), { textContent: text })),
    ...slide.warnings.map((w) =>
      Object.assign(document.createElement('span'), { className: 'warning', textContent: `⚠ ${problemText(w)}` }),
    ),
  );
}

/**
 * Each drawing a whole number of pixels high, so every slide starts on a pixel row: a slide drawn from a fraction of a
 * pixel down is blurred by half a pixel against slides.pdf rendered at the same size.
 */
function onWholePixels() {
  // Before the first good build there are no slides, and no size to keep.
  if (!state?.size) return;
  // The audience view fits the slide to the screen instead (preview.css).
  if (audience) {
    deck.style.setProperty('--slide-ratio', `${state.size.width / state.size.height}`);
    if (!currentFigure()) mark(0);
    return;
  }
  deck.style.marginLeft = '';
  deck.style.width = '';
  const box = deck.getBoundingClientRect();
  deck.style.marginLeft = `${Math.floor(box.left + window.scrollX)}px`;
  deck.style.width = `${Math.floor(box.width)}px`;
  const drawings = deck.querySelectorAll('[data-slide]');
  const width = Math.floor(deck.clientWidth - 48);
  const height = Math.round((width * state.size.height) / state.size.width);
  for (const d of drawings) Object.assign(d.style, { width: `${width}px`, height: `${height}px`, aspectRatio: 'auto' });
  // Pictures at the pixels they are drawn at, averaged by the server as poppler averages them for slides.pdf.
  const dots = (width / state.size.width) * window.devicePixelRatio;
  for (const image of deck.querySelectorAll('svg image[href^="/picture/"]')) {
    const base = image.getAttribute('href').split('?')[0];
    const w = Math.round(Number(image.getAttribute('width')) * dots);
    const h = Math.round(Number(image.getAttribute('height')) * dots);
    image.setAttribute('href', `${base}?w=${w}&h=${h}`);
  }
  // Measured against slides.pdf rendered by poppler at the same size: Chromium sets each line of text about half a
  // device pixel lower than poppler does (1× and 2×). Lifting the text by that much halves the mean pixel difference
  // of a text-heavy slide (1.98 % to 0.87 % at 1052 px wide); boxes, rules and pictures already agree.
  const nudge = 0.5 / ((width / state.size.width) * window.devicePixelRatio);
  deck.style.setProperty('--text-nudge', `${-nudge}px`);
}
let resizing;
window.addEventListener('resize', () => {
  // Once the window has its new size: a drag is many resizes, and each would fetch every picture at a new size.
  clearTimeout(resizing);
  resizing = setTimeout(() => state && onWholePixels(), 150);
});

/**
 * Runs `change` and scrolls back so the slide at the top of the window stays where it was: the same slide by the line
 * it is made from (and which of its pages), wherever slides added or removed above it moved it.
 */
function keepingPlace(change) {
  const figures = () => [...deck.querySelectorAll('figure')];
  const key = (f) => {
    const source = f.firstElementChild?.dataset.source;
    if (!source) return f.id;
    const same = figures().filter((g) => g.firstElementChild?.dataset.source === source);
    return `${source}#${same.indexOf(f)}`;
  };
  const anchor = figures().find((f) => f.getBoundingClientRect().bottom > 60);
  const before = anchor?.getBoundingClientRect().top ?? 0;
  const was = anchor ? key(anchor) : undefined;
  const currentKey = currentFigure() ? key(currentFigure()) : undefined;
  change();
  const after = figures().find((f) => key(f) === was);
  if (after) window.scrollBy(0, after.getBoundingClientRect().top - before);
  const back = figures().findIndex((f) => key(f) === currentKey);
  if (back >= 0) mark(back);
}

function currentFigure() {
  return deck.querySelector('figure.current');
}

/** Marks figure `index` as the one on screen. */
function mark(index) {
  current = index;
  deck.querySelectorAll('figure').forEach((f, i) => f.classList.toggle('current', i === index));
}

function showProblems(problems) {
  problemList.replaceChildren(
    ...problems.map((p) => {
      const a = document.createElement('a');
      a.textContent = problemText(p);
      const link = p.path ? editorLink(state, `${p.path}:${p.line}:${p.col}`) : '';
      if (link) a.href = link;
      return a;
    }),
  );
  panel.hidden = problems.length === 0;
  panel.querySelector('h2').textContent =
    deck.querySelector('[data-slide], [data-page]') !== null
      ? 'Problems: the last good slides are shown'
      : 'Problems: nothing has built yet';
}

function go(index, tell = true) {
  const figures = deck.querySelectorAll('figure');
  if (figures.length === 0) return;
  mark(Math.max(0, Math.min(figures.length - 1, index)));
  figures[current].scrollIntoView({ block: 'center' });
  // Pages of the guide are not slides: the presenter view follows the slides only.
  if (tell && view === 'slides') channel?.postMessage({ client: state?.client, slide: current + 1 });
}

/** The figure nearest the middle of the window, where the reader has scrolled to. */
function inView() {
  const middle = window.innerHeight / 2;
  let best = current;
  let distance = Infinity;
  deck.querySelectorAll('figure').forEach((f, i) => {
    const r = f.getBoundingClientRect();
    const d = Math.abs((r.top + r.bottom) / 2 - middle);
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}

function reveal(at) {
  if (view !== 'slides' || !state) return;
  const slide = slideAt(state.slides, at);
  if (slide) go(slide.n - 1);
  else say(`No slide of ${state.client} is made from ${at}`);
}

deck.addEventListener('click', (event) => {
  const drawing = event.target.closest('[data-slide]');
  // On the projector a click is not an edit.
  if (!drawing || audience) return;
  // A line of text knows the Markdown line it comes from; elsewhere on the slide, the slide's own source.
  const box = event.target.closest('[data-source]');
  const link = editorLink(state, box.getAttribute('data-source'));
  go(Number(drawing.dataset.slide) - 1);
  if (link) openLink(link);
});

/** Opens the editor at a link; the page itself stays. The last link opened is on <html data-opened> for scripts. */
function openLink(link) {
  document.documentElement.dataset.opened = link;
  Object.assign(document.createElement('a'), { href: link }).click();
}

document.addEventListener('keydown', (event) => {
  const focused = event.target instanceof Element ? event.target.closest('[data-slide]') : null;
  if (focused && event.key === 'Enter' && !audience) {
    const link = editorLink(state, focused.getAttribute('data-source'));
    if (link) openLink(link);
    return;
  }
  if (audience && (event.key === 'f' || event.key === 'F')) {
    if (document.fullscreenElement) document.exitFullscreen?.();
    else document.documentElement.requestFullscreen?.().catch(() => undefined);
    return;
  }
  const by = step(event);
  if (by === 0) return;
  event.preventDefault();
  // From the slide the reader scrolled to, when the one marked is out of sight.
  const marked = currentFigure()?.getBoundingClientRect();
  const visible = marked && marked.bottom > 0 && marked.top < window.innerHeight;
  go((visible ? current : inView()) + by);
});

channel?.addEventListener('message', (event) => {
  if (view !== 'slides' || event.data?.client !== state?.client) return;
  // A presenter view just opened asks where the preview is.
  if (event.data.ask) channel.postMessage({ client: state.client, slide: current + 1 });
  else go(event.data.slide - 1, false);
});

listen(
  refresh,
  reveal,
  (text) => (text ? say(text) : refresh()),
  () => state?.version,
);
refresh();
