import type { Express } from 'express'
import request from 'supertest'
import type { Response } from 'supertest'
import type { ContractChecker } from './contract.ts'
import { createContractChecker } from './contract.ts'

/** Shared across a test file, so every response any test sees is checked against the document. */
let shared: ContractChecker | undefined

export function contract(): ContractChecker {
  shared ??= createContractChecker()
  return shared
}

/** supertest calls that validate each response against the OpenAPI document. */
export interface Client {
  get(url: string, headers?: Record<string, string>): Promise<Response>
  head(url: string, headers?: Record<string, string>): Promise<Response>
  send(method: string, url: string, headers?: Record<string, string>): Promise<Response>
}

export function client(app: Express): Client {
  const send = async (method: string, url: string, headers: Record<string, string> = {}) => {
    const agent = request(app)
    const call = (() => {
      switch (method.toUpperCase()) {
        case 'GET':
          return agent.get(url)
        case 'HEAD':
          return agent.head(url)
        case 'POST':
          return agent.post(url)
        case 'PUT':
          return agent.put(url)
        case 'PATCH':
          return agent.patch(url)
        case 'DELETE':
          return agent.delete(url)
        case 'OPTIONS':
          return agent.options(url)
        default:
          throw new Error(`unsupported method ${method}`)
      }
    })()
    const response = await call.set(headers)
    contract().check(method, url, response)
    return response
  }
  return {
    send,
    get: (url, headers) => send('GET', url, headers),
    head: (url, headers) => send('HEAD', url, headers),
  }
}
