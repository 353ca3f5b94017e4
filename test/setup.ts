// Runs before every test file. @lit-labs/virtualizer's ResizeObserver can report
// "ResizeObserver loop completed with undelivered notifications": harmless, but mocha treats
// window errors as failures. Filter exactly that message and nothing else.
window.addEventListener('error', (event) => {
  if (event.message?.startsWith('ResizeObserver loop completed with undelivered notifications')) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
});
