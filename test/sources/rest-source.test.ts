import { RestContactSource } from '../../src/sources/rest/rest-source.js';
import type { Capabilities } from '../../src/sources/source.js';
import { startBackend } from './backend.js';
import { runContactSourceContract, type ContractFactory } from './contract/contract.js';

function restFactory(capabilities?: Partial<Capabilities>): ContractFactory {
  return async (seed) => {
    const backend = await startBackend('rest', seed, { now: seed.now, ...(capabilities ? { capabilities } : {}) });
    // connect() asks the server what it supports, so the limited run below is the server's word.
    const source = await RestContactSource.connect({ baseUrl: `${backend.url}/api` });
    return { source, setNow: (date) => backend.setNow(date), dispose: () => backend.stop() };
  };
}

runContactSourceContract('RestContactSource over HTTP', restFactory());

// A server that supports less: the capability-aware branches, over HTTP.
runContactSourceContract(
  'RestContactSource over HTTP, server with limited capabilities',
  restFactory({
    timedBlock: false,
    createLabels: false,
    mergeFieldChoices: false,
    deleteContact: false,
    deleteNotes: false,
    duplicates: false,
    segments: false,
    live: false,
    total: false,
    sortFields: ['name', 'lastActivityAt'],
  }),
);
