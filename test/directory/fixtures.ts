import type { Program } from '../../src/directory/schema.js';

/** A small, fully known program for table tests, so expectations do not drift with the bundled data. */
export function makeProgram(id: string, over: Partial<Program> = {}): Program {
  return {
    id,
    name: id,
    organization: null,
    url: null,
    formats: ['in-person'],
    focus: ['general'],
    audience: ['individuals'],
    cost: 'free',
    countries: ['US'],
    languages: null,
    peerLed: true,
    contact: null,
    hours: null,
    description: 'A group.',
    details: 'A group.',
    source: 'https://example.org/',
    verifiedOn: '2026-11-23',
    ...over,
  };
}
