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
const VIEWS = { slides: 'Slides', worksheets: 'Worksheets', guide: 'Guide', handouts: 'Handouts' };
const view = params.get('view') in VIEWS ? params.get('view') : 'slides';

async function refresh() {
  if (view !== 'slides') return refreshPages();
  const client = params.get('client');
  const next = await api(`/api/slides${client ? `?client=${encodeURIComponent(client)}` : ''}`);
  if (!next) return say('The preview server is not answering.');
  state = next;
  installFonts(state.fonts);
  showClients();
  keepingPlace(() => showSlides(state.slides));
  showProblems(state.problems);
  say(state.problems.length > 0 ? `${state.problems.length} problem(s)` : `${state.slides.length} slides`);
  if (pendingAt) {
    reveal(pendingAt);
    pendingAt = null;
  }
}

/** A printed artefact's pages, each the PDF's page in the browser's own viewer, loaded as it scrolls into view. */
async function refreshPages() {
  const client = params.get('client');
  const query = client ? `?client=${encodeURIComponent(client)}` : '';
  const [pages, slides] = await Promise.all([api(`/api/pages${query}`), api(`/api/slides${query}`)]);
  if (!pages || !slides) return say('The preview server is not answering.');
  state = slides;
  showClients();
  showProblems(state.problems);
  const file = pages.artefacts.find((a) => a.name === view);
  if (!file) {
    deck.replaceChildren(Object.assign(document.createElement('p'), { textContent: `This kit has no ${VIEWS[view].toLowerCase()}.` }));
    return say('');
  }
  keepingPlace(() => {
    const figures = [...deck.querySelectorAll('figure.page')];
    for (let n = 1; n <= file.pages; n++) {
      let figure = figures[n - 1];
      if (!figure) {
        figure = document.createElement('figure');
        figure.className = 'page slide';
        figure.innerHTML = '<div data-page><iframe loading="lazy"></iframe></div><figcaption></figcaption>';
        deck.append(figure);
      }
      figure.id = `page-${n}`;
      const holder = figure.firstElementChild;
      holder.dataset.page = `${view}:${n}`;
      holder.style.aspectRatio = `${file.size.width} / ${file.size.height}`;
      holder.style.maxWidth = `${Math.round(file.size.width * 1.5)}px`;
      const frame = holder.firstElementChild;
      frame.title = `${VIEWS[view]}, page ${n}`;
      const src = `/artefact/${view}.pdf${query}${query ? '&' : '?'}v=${pages.version}#page=${n}&toolbar=0&navpanes=0&view=Fit`;
      if (frame.getAttribute('src') !== src) frame.setAttribute('src', src);
      figure.lastElementChild.textContent = `${VIEWS[view]} · page ${n} of ${file.pages}`;
    }
    for (const extra of figures.slice(file.pages)) extra.remove();
  });
  say(state.problems.length > 0 ? `${state.problems.length} problem(s)` : `${file.pages} pages`);
}

function say(text) {
  status.textContent = text;
}

function showClients() {
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
      const query = new URLSearchParams({ ...(state.client ? { client: state.client } : {}), ...(id === 'slides' ? {} : { view: id }) });
      a.href = `?${query}`;
      a.textContent = label;
      if (id === view) a.setAttribute('aria-current', 'page');
      return a;
    }),
  );
  document.querySelector('.presenter-link').href = `/presenter${state.client ? `?client=${encodeURIComponent(state.client)}` : ''}`;
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
    ...slide.warnings.map((w) => Object.assign(document.createElement('span'), { className: 'warning', textContent: `⚠ ${problemText(w)}` })),
  );
}

/**
 * Each drawing a whole number of pixels high, so every slide starts on a pixel row: a slide drawn from a fraction of a
 * pixel down is blurred by half a pixel against slides.pdf rendered at the same size.
 */
function onWholePixels() {
  // Before the first good build there are no slides, and no size to keep.
  if (!state?.size) return;
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
window.addEventListener('resize', () => state && onWholePixels());

/** Runs `change` and scrolls back so the slide at the top of the window stays where it was. */
function keepingPlace(change) {
  const anchor = [...deck.querySelectorAll('figure.slide')].find((f) => f.getBoundingClientRect().bottom > 60);
  const id = anchor?.id;
  const before = anchor?.getBoundingClientRect().top ?? 0;
  change();
  const after = id ? document.getElementById(id) : undefined;
  if (after) window.scrollBy(0, after.getBoundingClientRect().top - before);
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
}

function go(index, tell = true) {
  const figures = deck.querySelectorAll('figure.slide');
  if (figures.length === 0) return;
  current = Math.max(0, Math.min(figures.length - 1, index));
  figures.forEach((f, i) => f.classList.toggle('current', i === current));
  figures[current].scrollIntoView({ block: 'center' });
  if (tell) channel?.postMessage({ client: state?.client, slide: current + 1 });
}

function reveal(at) {
  const slide = state && slideAt(state.slides, at);
  if (slide) go(slide.n - 1);
}

deck.addEventListener('click', (event) => {
  const drawing = event.target.closest('[data-slide]');
  if (!drawing) return;
  // A line of text knows the Markdown line it comes from; elsewhere on the slide, the slide's own source.
  const box = event.target.closest('[data-source]');
  const link = editorLink(state, box.getAttribute('data-source'));
  go(Number(drawing.dataset.slide) - 1);
  if (!link) return;
  document.documentElement.dataset.opened = link;
  // The editor opens from a link; the page itself stays.
  const a = Object.assign(document.createElement('a'), { href: link });
  a.click();
});

document.addEventListener('keydown', (event) => {
  const by = step(event);
  if (by === 0) return;
  event.preventDefault();
  go(current + by);
});

channel?.addEventListener('message', (event) => {
  if (event.data?.client === state?.client) go(event.data.slide - 1, false);
});

listen(refresh, reveal, (text) => text && say(text));
refresh();
