// The presenter view: the slide on screen, the next one, its notes, the plan's clock time, and whether the session is
// ahead or behind. Arrow keys move this page and the preview together.
import { api, channel, installFonts, listen, step } from './shared.js';

const params = new URLSearchParams(location.search);
/** The session survives a reload of this page (a laptop lid closed and opened): the timer and the slide, per client. */
const saved = `workshop-kit-presenter:${params.get('client') ?? ''}`;
const kept = JSON.parse(sessionStorage.getItem(saved) ?? '{}');
let state;
let index = kept.index ?? 0;
let startedAt = kept.startedAt;

function keep() {
  sessionStorage.setItem(saved, JSON.stringify({ index, startedAt }));
}

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
  keep();
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
  // A day that runs past midnight plans 00:10 after 23:50.
  return (minutes(slide.start) - minutes(first.start) + 1440) % 1440;
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
  const elapsed = Math.max(0, (Date.now() - startedAt) / 60000);
  clock.textContent = `${Math.floor(elapsed)}:${String(Math.floor((elapsed % 1) * 60)).padStart(2, '0')} elapsed`;
  const planned = plannedOffset(state.slides[index]);
  if (planned === undefined) {
    el.textContent = 'Not on the run sheet';
    el.className = 'pace';
    return;
  }
  const late = Math.round(elapsed - planned);
  const words = late > 0 ? `${late} min behind` : late < 0 ? `${-late} min ahead` : 'On time';
  // A live region: screen readers hear it when its words change, not every second.
  if (el.textContent !== words) el.textContent = words;
  el.className = `pace ${late > 0 ? 'behind' : late < 0 ? 'ahead' : ''}`;
}

function go(to, tell = true) {
  index = to;
  show();
  if (tell) channel?.postMessage({ client: state?.client, slide: index + 1 });
}

function startTimer() {
  // A running session's timer restarts only when the facilitator says so.
  if (startedAt !== undefined && !window.confirm('Restart the session timer from zero?')) return;
  startedAt = Date.now();
  keep();
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
  if (event.data?.client === state?.client && !event.data.ask) go(event.data.slide - 1, false);
});
setInterval(pace, 1000);
listen(
  refresh,
  () => undefined,
  () => undefined,
  () => state?.version,
);
if (startedAt !== undefined) document.querySelector('.timer').textContent = 'Restart timer';
// Opened in the middle of a session: the preview says which slide it is on.
refresh().then(() => channel?.postMessage({ client: state?.client, ask: true }));
