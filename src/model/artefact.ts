// What the renderers hand to the write stage: named files per client.

/** One output file of a kit. */
export interface Artefact {
  name: string;
  bytes: Uint8Array;
}

/** The files of one client's kit, written to out/<clientId>/. */
export interface Kit {
  clientId: string;
  files: Artefact[];
}
