import { ChatwootContactSource, type ChatwootSourceOptions } from '../../src/sources/chatwoot/chatwoot-source.js';
import { startBackend } from './backend.js';
import { CHATWOOT_ACCOUNT, CHATWOOT_TOKEN, seedChannelOf, toChatwootData } from './chatwoot-seed.js';
import { runContactSourceContract, type ContractFactory } from './contract/contract.js';

function chatwootFactory(options: Partial<ChatwootSourceOptions>): ContractFactory {
  return async (seed) => {
    const backend = await startBackend('chatwoot', toChatwootData(seed));
    let now = seed.now;
    const source = new ChatwootContactSource({
      baseUrl: backend.url,
      accountId: CHATWOOT_ACCOUNT,
      apiAccessToken: CHATWOOT_TOKEN,
      channelOf: seedChannelOf,
      now: () => now,
      retry: 0,
      ...options,
    });
    return {
      source,
      setNow: async (date) => {
        now = date;
        await backend.setNow(date);
      },
      dispose: () => backend.stop(),
    };
  };
}

// This library's query semantics, evaluated over the contacts fetched from Chatwoot.
runContactSourceContract('ChatwootContactSource over HTTP (query: exact)', chatwootFactory({ query: 'exact' }));
