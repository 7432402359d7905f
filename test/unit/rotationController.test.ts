import { describe, it, expect } from 'vitest';
import { RotationController, type RotationStatus } from '../../src/controllers/rotationController';
import { fakeTimeouts } from './fakeTimeouts';

function setup(count = 4, intervalMs = 1000, idleMs = 5000) {
  const clock = fakeTimeouts();
  const manager = {
    count,
    index: 0,
    setIndex(i: number) {
      this.index = i;
    },
  };
  const statuses: RotationStatus[] = [];
  const rotation = new RotationController(
    manager,
    { intervalMs, idleMs, onStatusChange: (s) => statuses.push(s) },
    clock.scheduler,
  );
  return { clock, manager, rotation, statuses };
}

describe('RotationController', () => {
  it('advances one slide per interval and wraps round the playlist', () => {
    const { clock, manager, rotation } = setup(3);
    rotation.play();
    clock.advance(999);
    expect(manager.index).toBe(0);
    clock.advance(1);
    expect(manager.index).toBe(1);
    clock.advance(2000);
    expect(manager.index).toBe(0);
    expect(clock.pending()).toBe(1);
  });

  it('a deliberate pause stops rotation until resumed, and interaction does not resume it', () => {
    const { clock, manager, rotation } = setup();
    rotation.play();
    clock.advance(1000);
    rotation.toggle();
    expect(rotation.status).toBe('paused');
    rotation.interact();
    clock.advance(60_000);
    expect(manager.index).toBe(1);
    expect(clock.pending()).toBe(0);
    rotation.toggle();
    clock.advance(1000);
    expect(manager.index).toBe(2);
  });

  it('interaction holds the slide and rotation resumes after the idle time', () => {
    const { clock, manager, rotation, statuses } = setup(4, 1000, 5000);
    rotation.play();
    clock.advance(900);
    rotation.interact();
    clock.advance(3000);
    rotation.interact(); // still in use: the idle time starts again
    clock.advance(4999);
    expect(manager.index).toBe(0);
    expect(rotation.status).toBe('held');
    clock.advance(1);
    expect(rotation.status).toBe('playing');
    clock.advance(1000);
    expect(manager.index).toBe(1);
    expect(statuses).toEqual(['playing', 'held', 'playing']);
  });

  it('steps forward and back at once, wrapping, and holds the new slide', () => {
    const { clock, manager, rotation } = setup(3);
    rotation.play();
    rotation.previous();
    expect(manager.index).toBe(2);
    rotation.next();
    rotation.next();
    expect(manager.index).toBe(1);
    expect(rotation.status).toBe('held');
    clock.advance(4999);
    expect(manager.index).toBe(1);
  });

  it('stepping while paused moves the slide but stays paused', () => {
    const { clock, manager, rotation } = setup(3);
    rotation.pause();
    rotation.next();
    expect(manager.index).toBe(1);
    expect(rotation.status).toBe('paused');
    clock.advance(100_000);
    expect(manager.index).toBe(1);
  });

  it('continues from a slide the manager moved to, and copes with a shorter playlist', () => {
    const { clock, manager, rotation } = setup(6);
    rotation.play();
    manager.index = 4;
    clock.advance(1000);
    expect(manager.index).toBe(5);
    (manager as { count: number }).count = 2;
    clock.advance(1000);
    expect(manager.index).toBe(0);
  });

  it('never keeps more than one timer, and none after dispose', () => {
    const { clock, rotation } = setup();
    rotation.play();
    for (let i = 0; i < 50; i++) {
      rotation.interact();
      rotation.next();
      rotation.toggle();
      rotation.toggle();
      expect(clock.pending()).toBeLessThanOrEqual(1);
    }
    rotation.dispose();
    expect(clock.pending()).toBe(0);
    rotation.play();
    rotation.interact();
    expect(clock.pending()).toBe(0);
  });

  it('does nothing on an empty playlist', () => {
    const { clock, manager, rotation } = setup(0);
    rotation.play();
    rotation.next();
    clock.advance(5000);
    expect(manager.index).toBe(0);
  });
});
