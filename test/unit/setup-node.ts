// Real IndexedDB semantics in Node for the store tests.
import 'fake-indexeddb/auto';

// The desk runs in Chinese service centres: local days, working hours and case numbers are Beijing time.
process.env.TZ = 'Asia/Shanghai';
