// The presenter view: the slide on screen, the next one, its notes, the plan's clock time, and whether the session is
// ahead or behind. Arrow keys move this page and the preview together.
import { api, channel, installFonts, listen, step } from './shared.js';

const params = new URLSearchParams(location.search);
let state;
let index = 0;
let startedAt;

async function refresh() {
  const client = params.get('client');
  const next = await api(`/api/slides${client ? `?client=${encodeURIComponent(client)}` : ''}`);
  if (!next) return;
  state = next;
  installFonts(state.fonts);
  show();
}

function drawing(slide) {
  const el = document.createElement('div');
  if (!slide) return el;
  el.dataset.presenterSlide = String(slide.n);
  el.style.aspectRatio = `${state.size.width} / ${state.size.height}`;
  el.style.background = '#fff';
  el.innerHTML = slide.svg;
  return el;
}

function show() {
  if (!state || state.slides.length === 0) {
    document.querySelector('.notes').textContent = 'No slides yet: the preview lists what stops the build.';
    return;
  }
  index = Math.max(0, Math.min(state.slides.length - 1, index));
  const slide = state.slides[index];
  document.querySelector('.current').replaceChildren(drawing(slide));
  document.querySelector('.next').replaceChildren(drawing(state.slides[index + 1]));
  document.querySelector('.notes').textContent = slide.notes || '(no notes)';
  document.querySelector('.position').textContent = `Slide ${slide.n} of ${state.slides.length}`;
  document.querySelector('.plan').textContent = slide.start
    ? `On screen at ${slide.start}${slide.minutes !== undefined ? ` for ${slide.minutes} min` : ''}`
    : 'Not on the run sheet';
  pace();
}

/** Minutes since the day's first planned slide at which `slide` is planned. */
function plannedOffset(slide) {
  const first = state.slides.find((s) => s.start);
  if (!first || !slide?.start) return undefined;
  const minutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return minutes(slide.start) - minutes(first.start);
}

function pace() {
  const clock = document.querySelector('.clock');
  const el = document.querySelector('.pace');
  if (startedAt === undefined || !state) {
    clock.textContent = '';
    el.textContent = 'Timer not started';
    el.className = 'pace';
    return;
  }
  const elapsed = (Date.now() - startedAt) / 60000;
  clock.textContent = `${Math.floor(elapsed)}:${String(Math.floor((elapsed % 1) * 60)).padStart(2, '0')} elapsed`;
  const planned = plannedOffset(state.slides[index]);
  if (planned === undefined) return;
  const late = Math.round(elapsed - planned);
  el.textContent = late > 0 ? `${late} min behind` : late < 0 ? `${-late} min ahead` : 'On time';
  el.className = `pace ${late > 0 ? 'behind' : late < 0 ? 'ahead' : ''}`;
}

function go(to, tell = true) {
  index = to;
  show();
  if (tell) channel?.postMessage({ client: state?.client, slide: index + 1 });
}

function startTimer() {
  startedAt = Date.now();
  document.querySelector('.timer').textContent = 'Restart timer';
  pace();
}

document.querySelector('.timer').addEventListener('click', startTimer);
document.addEventListener('keydown', (event) => {
  if (event.key === 't' || event.key === 'T') return startTimer();
  const by = step(event);
  if (by === 0) return;
  event.preventDefault();
  go(index + by);
});
channel?.addEventListener('message', (event) => {
  if (event.data?.client === state?.client) go(event.data.slide - 1, false);
});
setInterval(pace, 1000);
listen(refresh, () => undefined, () => undefined);
refresh();
