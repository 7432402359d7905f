/**
 * The messages between an embedded chart and public/embed.js on the host page. The host
 * script repeats these names and limits in plain JS; test/unit/embed-host.test.ts runs it
 * against messages built here, so the two cannot drift apart.
 */
export const RESIZE_TYPE = 'poverty-dashboard:resize';
/** Sent by the host script when it starts, so frames that loaded before it report again. */
export const PING_TYPE = 'poverty-dashboard:ping';
export const MIN_FRAME_HEIGHT = 50;
export const MAX_FRAME_HEIGHT = 5000;

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  id: string;
  height: number;
}

export function resizeMessage(id: string, height: number): ResizeMessage {
  const h = Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
  return { type: RESIZE_TYPE, id, height: h };
}

export const isPing = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PING_TYPE;
