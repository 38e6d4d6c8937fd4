/**
 * 400: a value is malformed. 404: the request names a record that is not there. 409: the request
 * clashes with what the registers already hold. 422: the request breaks a rule outright, whatever
 * the registers hold.
 */
export type DomainErrorStatus = 400 | 404 | 409 | 422;
