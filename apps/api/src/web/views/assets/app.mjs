// The design system's components (header menu, error summary focus, …); every page works without it.
// The module is served by this service at /assets/nhsuk (from node_modules/nhsuk-frontend).
const { initAll } = await import(new URL('/assets/nhsuk/nhsuk-frontend.min.js', window.location.href).href);

initAll();
