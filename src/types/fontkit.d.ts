// fontkit ships no types; callers describe the slice they use, so one loose declaration is enough.
declare module 'fontkit' {
  export function create(data: Uint8Array): unknown;
}
