/**
 * Errors of the public API as RFC 9457 problem details (`application/problem+json`). `type` is a
 * stable URI per kind of problem, so a client branches on it rather than on the wording of `title`.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export type ProblemKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'invalid-request'
  | 'conflict'
  | 'unprocessable'
  | 'too-many-requests'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'method-not-allowed'
  | 'internal';

const STATUS: Record<ProblemKind, number> = {
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'invalid-request': 400,
  conflict: 409,
  unprocessable: 422,
  'too-many-requests': 429,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'method-not-allowed': 405,
  internal: 500,
};

const TITLES: Record<ProblemKind, string> = {
  unauthorized: 'Authentication required',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  'invalid-request': 'Invalid request',
  conflict: 'Conflict',
  unprocessable: 'Request cannot be carried out',
  'too-many-requests': 'Too many requests',
  'payload-too-large': 'Request body too large',
  'unsupported-media-type': 'Unsupported media type',
  'method-not-allowed': 'Method not allowed',
  internal: 'Internal error',
};

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Field name → messages, for 400s from schema validation. */
  errors?: Record<string, string[]>;
  requestId?: string;
};

export const problemTypeUri = (kind: ProblemKind) => `https://medinest.example/problems/${kind}`;

/** Thrown inside an API handler; lib/api/handler.ts turns it into the response. */
export class ApiProblem extends Error {
  readonly status: number;
  constructor(
    readonly kind: ProblemKind,
    readonly detail?: string,
    readonly extra: { errors?: Record<string, string[]>; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? TITLES[kind]);
    this.status = STATUS[kind];
  }

  body(requestId?: string): ProblemBody {
    return {
      type: problemTypeUri(this.kind),
      title: TITLES[this.kind],
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
      ...(requestId ? { requestId } : {}),
    };
  }
}

export function problemResponse(problem: ApiProblem, requestId?: string): Response {
  return new Response(JSON.stringify(problem.body(requestId)), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...problem.extra.headers },
  });
}
