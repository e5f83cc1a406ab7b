// Real IndexedDB semantics in Node for the store tests.
import 'fake-indexeddb/auto';
