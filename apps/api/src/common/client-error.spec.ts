import { clientErrorResponse } from './client-error';

/** The status line, the headers and the body of a whole HTTP/1.1 response. */
function parsed(response: Buffer) {
  const text = response.toString('utf8');
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [status = '', ...lines] = head.split('\r\n');
  return { status, headers: lines, body };
}

describe('the answer to a request the server could not read', () => {
  it('headers too large: 431 in the one error shape, naming the limit, with its length and the connection closed', () => {
    const { status, headers, body } = parsed(clientErrorResponse('HPE_HEADER_OVERFLOW', 16_384)!);
    expect(status).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(headers).toEqual(expect.arrayContaining(['Content-Type: application/json; charset=utf-8', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close']));
    expect(JSON.parse(body)).toEqual({
      statusCode: 431,
      code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
      message: "The request's headers, its address included, are larger than the service accepts (16384 bytes).",
    });
  });

  it('a malformed request: 400 BAD_REQUEST in the one error shape', () => {
    for (const code of ['HPE_INVALID_METHOD', 'HPE_INVALID_HEADER_TOKEN', undefined]) {
      const { status, body } = parsed(clientErrorResponse(code, 16_384)!);
      expect([code, status, JSON.parse(body).code]).toEqual([code, 'HTTP/1.1 400 Bad Request', 'BAD_REQUEST']);
    }
  });

  it('a request that ran out of time and a chunk extension too large are answered as Node answers them; a reset connection is not answered', () => {
    expect(clientErrorResponse('ERR_HTTP_REQUEST_TIMEOUT', 16_384)!.toString()).toBe('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    expect(clientErrorResponse('HPE_CHUNK_EXTENSIONS_OVERFLOW', 16_384)!.toString()).toBe('HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n');
    expect(clientErrorResponse('ECONNRESET', 16_384)).toBeUndefined();
  });
});
