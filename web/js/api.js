// Calls to the fenjie HTTP API. Failures become ApiError with a message fit for the user.

/** A failed API call: status 0 means the server could not be reached at all. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const inflight = new Map();

/**
 * GETs JSON from path?params. A newer call with the same key aborts the older one, so a slow
 * answer to an old query can never overwrite the answer to the current one.
 */
export async function getJson(path, params, key) {
  if (key && inflight.has(key)) inflight.get(key).abort();
  const controller = new AbortController();
  if (key) inflight.set(key, controller);
  const query = params && params.toString();
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, '请检查网络连接，或稍后再试。');
  } finally {
    if (key && inflight.get(key) === controller) inflight.delete(key);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && typeof body.error === 'string' ? body.error : `服务器返回 ${response.status}`;
    throw new ApiError(response.status, detail);
  }
  return body;
}

/** Unwraps list answers that may come bare or wrapped ({"suggestions": […]}, {"values": […]}). */
export function listOf(body, ...keys) {
  if (Array.isArray(body)) return body;
  for (const key of keys) {
    if (body && Array.isArray(body[key])) return body[key];
  }
  return [];
}

/** The export URL (CSV of every matching row) for the given filter parameters. */
export function exportUrl(params) {
  const query = params.toString();
  return query ? `api/export?${query}` : 'api/export';
}
