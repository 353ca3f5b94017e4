import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ClockController } from '../../src/controllers/clock-controller.js';

class ClockWatcher extends LitElement {
  readonly clock = new ClockController(this, 20);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`${this.clock.now.toISOString()}`;
  }
}
customElements.define('clock-watcher', ClockWatcher);

describe('ClockController', () => {
  it('re-renders on its interval with a fresh now, and stops when disconnected', async () => {
    const el = await fixture<ClockWatcher>(html`<clock-watcher></clock-watcher>`);
    const first = el.clock.now;
    // Waits for ticks rather than timing them: a hidden test page runs timers late.
    await waitUntil(() => el.renders >= 3, 'ticks', { timeout: 5000 });
    expect(el.clock.now.getTime()).to.be.greaterThan(first.getTime());
    el.remove();
    const renders = el.renders;
    await aTimeout(80);
    expect(el.renders).to.equal(renders);
  });
});
