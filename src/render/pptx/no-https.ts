// Stands in for node:https inside pptxgenjs (aliased by the bundler): pptxgenjs loads it to download
// images given by URL, and the deck embeds every image from the content folder instead. Loading the
// real module pulls in http, tls, net and crypto, ~15 ms of every cold build.
function unavailable(): never {
  throw new Error('workshop-kit embeds images from the content folder; pptxgenjs must not download any');
}

export default { get: unavailable, request: unavailable };
