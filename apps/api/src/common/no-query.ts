/**
 * The query of a route that takes none (a certificate, a meeting's minutes, the ledger's export):
 * any parameter, `?asAt=…` included, is refused with 400 VALIDATION_FAILED naming it (the
 * validation pipe's `forbidNonWhitelisted`), as a route with a query refuses one it does not take.
 */
export class NoQuery {}
