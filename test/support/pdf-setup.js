/**
 * pdf-parse 2.4 (pdf.js 5) runs its parser on a "fake worker" in Node: it looks for
 * `globalThis.pdfjsWorker` and otherwise `import()`s pdf.worker.mjs, which under jest is slow (and
 * fails without --experimental-vm-modules). Hand it the worker module instead, loaded on first use
 * so test files that never read a PDF do not pay for transpiling it.
 */
const { dirname, join } = require('node:path');

function define(value) {
  Object.defineProperty(globalThis, 'pdfjsWorker', { value, writable: true, configurable: true, enumerable: false });
}

Object.defineProperty(globalThis, 'pdfjsWorker', {
  configurable: true,
  enumerable: false,
  get() {
    // The worker module assigns globalThis.pdfjsWorker itself (which lands in the setter below).
    const worker = require(join(dirname(require.resolve('pdf-parse')), 'pdf.worker.mjs'));
    define(worker);
    return worker;
  },
  set: define,
});
