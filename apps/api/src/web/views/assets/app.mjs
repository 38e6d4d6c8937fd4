// The design system's components (header menu, error summary focus, …); every page works without it.
import { initAll } from '/assets/nhsuk/nhsuk-frontend.min.js';

initAll();
