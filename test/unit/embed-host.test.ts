import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  PING_TYPE,
  RESIZE_TYPE,
  resizeMessage,
} from '../../src/view/embed/resizeMessage';

// The host script ships as plain JS (public/embed.js); run the real file against a fake page.
const SCRIPT = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
const DASHBOARD = 'https://dashboard.example/pd/';

interface FakeFrame {
  src: string;
  style: { height?: string };
  contentWindow: { posted: unknown[]; postMessage: (m: unknown) => void };
}

function frame(src = `${DASHBOARD}embed.html?chart=targets&region=421202`): FakeFrame {
  const posted: unknown[] = [];
  return { src, style: {}, contentWindow: { posted, postMessage: (m) => posted.push(m) } };
}

/** A host page with `frames` as its iframe[data-pd-embed] elements; returns a way to deliver messages. */
function hostPage(frames: FakeFrame[], readyState = 'complete') {
  const listeners: Record<string, Array<(e: unknown) => void>> = {};
  const on = (type: string, f: (e: unknown) => void) => (listeners[type] ??= []).push(f);
  const document = {
    readyState,
    baseURI: 'https://news.example/story.html',
    querySelectorAll: (selector: string) =>
      selector === 'iframe[data-pd-embed]' ? [...frames] : [],
    addEventListener: on,
  };
  const window: Record<string, unknown> = { addEventListener: on, document };
  window.window = window;
  const context = vm.createContext({ window, document, URL });
  const load = () => vm.runInContext(SCRIPT, context);
  load();
  return {
    window,
    load,
    listeners,
    fire: (type: string) => listeners[type]?.forEach((f) => f({})),
    send: (data: unknown, source: unknown, origin = 'https://dashboard.example') =>
      listeners.message?.forEach((f) => f({ data, source, origin })),
  };
}

describe('public/embed.js', () => {
  it('resizes only the frame whose window sent the message', () => {
    const a = frame();
    const b = frame();
    const page = hostPage([a, b]);
    page.send(resizeMessage('a', 612.2), a.contentWindow);
    expect(a.style.height).toBe('613px');
    expect(b.style.height).toBeUndefined();
    page.send(resizeMessage('b', 300), b.contentWindow);
    expect(b.style.height).toBe('300px');
    expect(a.style.height).toBe('613px');
  });

  it('ignores a message naming our frame but sent from another window', () => {
    const a = frame();
    const page = hostPage([a]);
    const forger = { postMessage: () => undefined };
    page.send(resizeMessage('a', 4321), forger);
    page.send(resizeMessage('a', 4321), null);
    page.send(resizeMessage('a', 4321), page.window);
    expect(a.style.height).toBeUndefined();
  });

  it('ignores our frame when it has navigated to another site', () => {
    const a = frame();
    const page = hostPage([a]);
    page.send(resizeMessage('a', 400), a.contentWindow, 'https://elsewhere.example');
    expect(a.style.height).toBeUndefined();
  });

  it.each([
    ['no type', { id: 'a', height: 400 }],
    ['another type', { type: 'resize', id: 'a', height: 400 }],
    ['height as text', { type: RESIZE_TYPE, id: 'a', height: '400' }],
    ['NaN', { type: RESIZE_TYPE, id: 'a', height: Number.NaN }],
    ['Infinity', { type: RESIZE_TYPE, id: 'a', height: Number.POSITIVE_INFINITY }],
    ['below the minimum', { type: RESIZE_TYPE, id: 'a', height: MIN_FRAME_HEIGHT - 1 }],
    ['above the maximum', { type: RESIZE_TYPE, id: 'a', height: MAX_FRAME_HEIGHT + 1 }],
    ['a string', `${RESIZE_TYPE}:400`],
    ['null', null],
  ])('ignores a malformed message from our own frame: %s', (_, data) => {
    const a = frame();
    const page = hostPage([a]);
    page.send(data, a.contentWindow);
    expect(a.style.height).toBeUndefined();
  });

  it('accepts every height the embed page can send', () => {
    const a = frame();
    const page = hostPage([a]);
    page.send(resizeMessage('a', 1), a.contentWindow);
    expect(a.style.height).toBe(`${MIN_FRAME_HEIGHT}px`);
    page.send(resizeMessage('a', 1e6), a.contentWindow);
    expect(a.style.height).toBe(`${MAX_FRAME_HEIGHT}px`);
  });

  it('finds frames added after it loaded', () => {
    const frames = [frame()];
    const page = hostPage(frames);
    const late = frame();
    frames.push(late);
    page.send(resizeMessage('late', 500), late.contentWindow);
    expect(late.style.height).toBe('500px');
  });

  it('asks frames that loaded before it for their height, again once the page has parsed', () => {
    const a = frame();
    const page = hostPage([a], 'loading');
    expect(a.contentWindow.posted).toEqual([{ type: PING_TYPE }]);
    page.fire('DOMContentLoaded');
    expect(a.contentWindow.posted).toEqual([{ type: PING_TYPE }, { type: PING_TYPE }]);
  });

  it('listens once when the snippet is pasted twice on a page', () => {
    const a = frame();
    const page = hostPage([a]);
    page.load();
    expect(page.listeners.message).toHaveLength(1);
  });
});
