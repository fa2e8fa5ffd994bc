import { request } from 'node:http'
import type { Agent, IncomingHttpHeaders } from 'node:http'
import type { Response } from 'supertest'

/** The parts of a supertest `Response` the contract checker reads, from a raw HTTP exchange. */
export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  text: string
  body: unknown
}

/**
 * Sends `path` byte for byte (latin1, so `\u00ff` goes out as the invalid UTF-8 byte 0xff and
 * `%zz` stays as written): supertest would normalise or refuse such URLs. Rejects when no
 * complete answer arrives within `timeoutMs`, so a hang fails the test instead of stalling it.
 */
export function rawGet(
  agent: Agent,
  port: number,
  method: 'GET' | 'HEAD',
  path: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        clearTimeout(timer)
        const text = Buffer.concat(chunks).toString('utf8')
        const type = String(res.headers['content-type'] ?? '')
        let body: unknown = {}
        if (text.length > 0 && /json/.test(type)) {
          try {
            body = JSON.parse(text)
          } catch {
            reject(
              new Error(
                `${method} ${path}: ${res.statusCode} body is not JSON: ${text.slice(0, 200)}`,
              ),
            )
            return
          }
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body })
      })
    })
    const timer = setTimeout(() => {
      req.destroy(new Error(`${method} ${path.slice(0, 200)}: no answer within ${timeoutMs} ms`))
    }, timeoutMs)
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    req.end()
  })
}

/** The contract checker takes supertest responses; a raw one carries every field it reads. */
export function asSupertest(response: RawResponse): Response {
  return response as unknown as Response
}
