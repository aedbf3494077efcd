// What jsdom lacks and the app's libraries expect.
const { TextEncoder, TextDecoder } = require('node:util');
if (!globalThis.TextEncoder) globalThis.TextEncoder = TextEncoder;
if (!globalThis.TextDecoder) globalThis.TextDecoder = TextDecoder;
if (!globalThis.structuredClone) globalThis.structuredClone = (value) => JSON.parse(JSON.stringify(value));

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!globalThis.ResizeObserver) globalThis.ResizeObserver = ResizeObserverStub;

if (typeof window !== 'undefined') {
  window.matchMedia ??= () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false });
  window.scrollTo ??= () => {};
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  Element.prototype.scrollTo ??= function scrollTo() {};
  if (typeof HTMLDialogElement !== 'undefined') {
    HTMLDialogElement.prototype.showModal ??= function showModal() { this.setAttribute('open', ''); };
    HTMLDialogElement.prototype.close ??= function close() { this.removeAttribute('open'); };
  }
}

// jsdom does no layout: give the board's scrolling column bodies a viewport-sized box so the
// virtualised lists render their first cards, as they would in a browser.
if (typeof HTMLElement !== 'undefined') {
  const sized = (dimension, fallback) => ({
    configurable: true,
    get() {
      return this.classList && this.classList.contains('column-body') ? fallback : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', sized('clientHeight', 800));
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', sized('clientWidth', 280));
}
