import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { YearPlayer } from '../../src/modes/dashboard/views/YearPlayer';
import {
  TimelineController,
  yearIndex,
  type TimelineManager,
} from '../../src/controllers/timelineController';
import { fakeTimeouts } from './fakeTimeouts';

function setup(years: number[], year: number) {
  // A plain object whose year anyone may change, as the dashboard's URL state can.
  const manager: TimelineManager & { year: number; history: number[] } = {
    years,
    year,
    history: [],
    setYear(y) {
      this.year = y;
      this.history.push(y);
    },
  };
  const clock = fakeTimeouts();
  const playing: boolean[] = [];
  const controller = new TimelineController(manager, clock.scheduler, {
    intervalMs: 500,
    onPlayingChange: (p) => playing.push(p),
  });
  return { manager, clock, controller, playing };
}

describe('TimelineController', () => {
  it('plays one year per interval and stops at the last year', () => {
    const { manager, clock, controller, playing } = setup([2016, 2017, 2018], 2016);
    controller.play();
    expect(controller.isPlaying).toBe(true);
    clock.advance(499);
    expect(manager.year).toBe(2016);
    clock.advance(1);
    expect(manager.year).toBe(2017);
    clock.advance(500);
    expect(manager.year).toBe(2018);
    expect(controller.isPlaying).toBe(false);
    expect(clock.pending()).toBe(0);
    clock.advance(5000);
    expect(manager.history).toEqual([2017, 2018]);
    expect(playing).toEqual([true, false]);
  });

  it('stays paused when showing a year makes the view pause it', () => {
    const { manager, clock, controller } = setup([2016, 2017, 2018, 2019], 2016);
    const setYear = manager.setYear.bind(manager);
    manager.setYear = (y) => {
      setYear(y);
      if (y === 2017) controller.pause();
    };
    controller.play();
    clock.advance(500);
    expect(manager.year).toBe(2017);
    expect(controller.isPlaying).toBe(false);
    expect(clock.pending()).toBe(0);
    clock.advance(5000);
    expect(manager.history).toEqual([2017]);
  });

  it('restarts at the first year when played from the last', () => {
    const { manager, clock, controller } = setup([2016, 2017, 2018], 2018);
    controller.play();
    expect(manager.year).toBe(2016);
    clock.advance(500);
    expect(manager.year).toBe(2017);
  });

  it('pauses, toggles and never runs two timers', () => {
    const { manager, clock, controller } = setup([2016, 2017, 2018, 2019], 2016);
    controller.toggle();
    controller.play();
    expect(clock.pending()).toBe(1);
    clock.advance(500);
    controller.toggle();
    expect(controller.isPlaying).toBe(false);
    expect(clock.pending()).toBe(0);
    clock.advance(2000);
    expect(manager.year).toBe(2017);
  });

  it('steps forward and back within the years, skipping gaps', () => {
    const { manager, controller } = setup([2014, 2016, 2020], 2016);
    controller.stepForward();
    expect(manager.year).toBe(2020);
    controller.stepForward();
    expect(manager.year).toBe(2020);
    controller.stepBack();
    controller.stepBack();
    controller.stepBack();
    expect(manager.year).toBe(2014);
  });

  it('continues from a year set elsewhere while playing', () => {
    const { manager, clock, controller } = setup([2016, 2017, 2018, 2019], 2016);
    controller.play();
    manager.year = 2018;
    clock.advance(500);
    expect(manager.year).toBe(2019);
    expect(controller.isPlaying).toBe(false);
  });

  it('does not play a single year', () => {
    const { clock, controller } = setup([2020], 2020);
    controller.play();
    expect(controller.isPlaying).toBe(false);
    expect(clock.pending()).toBe(0);
  });

  it('clears its timer on dispose and stays stopped', () => {
    const { manager, clock, controller } = setup([2016, 2017, 2018], 2016);
    controller.play();
    controller.dispose();
    expect(clock.pending()).toBe(0);
    controller.play();
    clock.advance(5000);
    expect(clock.pending()).toBe(0);
    expect(manager.year).toBe(2016);
  });

  it('finds the slider position of a year', () => {
    expect(yearIndex([2014, 2016, 2020], 2016)).toBe(1);
    expect(yearIndex([2014, 2016, 2020], 2018)).toBe(1);
    expect(yearIndex([2014, 2016, 2020], 2010)).toBe(0);
  });
});

describe('YearPlayer', () => {
  const render = (lang: 'zh' | 'en', years = [2016, 2017, 2018], year = 2017) =>
    renderToStaticMarkup(createElement(YearPlayer, { years, year, lang, onChange: () => {} }));

  it('labels its buttons and slider in the UI language', () => {
    const zh = render('zh');
    expect(zh).toContain('aria-label="播放各年份"');
    expect(zh).toContain('aria-label="上一年"');
    expect(zh).toContain('aria-label="下一年"');
    expect(zh).toMatch(
      /<input[^>]*type="range"[^>]*min="0"[^>]*max="2"[^>]*aria-valuetext="截至2017年"[^>]*value="1"/,
    );
    const en = render('en');
    expect(en).toContain('aria-label="Play through the years"');
    expect(en).toContain('aria-valuetext="as of 2017"');
  });

  it('disables stepping past the ends and playing a single year, and renders nothing without years', () => {
    expect(render('zh', [2016, 2017], 2017)).toMatch(
      /<button[^>]*aria-label="下一年"[^>]*disabled=""/,
    );
    expect(render('zh', [2020], 2020)).toMatch(
      /<button[^>]*aria-label="播放各年份"[^>]*disabled=""/,
    );
    expect(render('zh', [], 2020)).toBe('');
  });
});
