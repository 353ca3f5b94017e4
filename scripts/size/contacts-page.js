// What a host loads for a Contacts page (filter, list and the provider between them), for
// size-limit: one bundle, so what the three share (lit, the model, the messages) counts once.
import '../../dist/contact-source-provider.js';
import '../../dist/contact-filter.js';
import '../../dist/contact-list.js';
