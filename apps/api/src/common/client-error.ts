import { maxHeaderSize, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from './error.filter';

/** A connection the HTTP server refused before it made a request of it: the socket, and the response in hand on it, if any. */
type ClientSocket = Duplex & { _httpMessage?: { _headerSent?: boolean } | null };

/**
 * The whole HTTP/1.1 response to a request the server could not read, or `undefined` to send none but
 * close. Headers too large: 431 in the one error shape (`REQUEST_HEADER_FIELDS_TOO_LARGE`, naming the
 * limit); a malformed request: 400 `BAD_REQUEST`; a request still arriving when its time ran out (408)
 * or a chunk extension too large (413): Node's own answer, with no body.
 */
export function clientErrorResponse(code: string | undefined, headerLimit: number): Buffer | undefined {
  switch (code) {
    case 'ECONNRESET':
      return undefined;
    case 'HPE_HEADER_OVERFLOW':
      return json({
        statusCode: 431,
        code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
        message: `The request's headers, its address included, are larger than the service accepts (${headerLimit} bytes).`,
      });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return bare(408);
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return bare(413);
    default:
      return json({ statusCode: 400, code: 'BAD_REQUEST', message: 'the request could not be read as HTTP' });
  }
}

/**
 * Answers a request the server could not read (its `clientError` event) as {@link clientErrorResponse}
 * says, then closes the connection; never on a socket that can no longer be written, nor on one whose
 * response has begun (a request pipelined behind it).
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: ClientSocket) => {
    const response = socket.writable && !socket._httpMessage?._headerSent ? clientErrorResponse(error.code, headerLimit(server)) : undefined;
    // Closed with the error, as Node closes it: the request's log line reads a timeout from it (logging.ts).
    if (response) socket.end(response, () => socket.destroy(error));
    else socket.destroy(error);
  });
}

/** The most bytes of headers the server reads: its own `maxHeaderSize` if it was made with one, else Node's (`--max-http-header-size`). */
function headerLimit(server: Server): number {
  return (server as Server & { maxHeaderSize?: number }).maxHeaderSize ?? maxHeaderSize;
}

function json(body: ErrorBody): Buffer {
  const content = Buffer.from(JSON.stringify(body));
  const head = [
    `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${content.length}`,
    'Cache-Control: no-store',
    'Connection: close',
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), content]);
}

function bare(status: number): Buffer {
  return Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`, 'latin1');
}
