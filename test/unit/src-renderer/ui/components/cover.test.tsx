import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useInertOutside } from '../../../../../src-renderer/ui/components/cover';

/** A cover inside the app's root, as the lock screen's and the one-tab notice are. */
function Cover({ name }: { name: string }) {
  useInertOutside(true, `[data-cover="${name}"]`);
  return <div data-cover={name} />;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useInertOutside', () => {
  it('keeps a portal inert until the last cover over it goes, and leaves what someone else made inert', () => {
    const portal = document.body.appendChild(document.createElement('div'));
    const foreign = document.body.appendChild(document.createElement('div'));
    foreign.setAttribute('inert', '');
    const tab = render(<Cover name="tab" />);
    const lock = render(<Cover name="lock" />);
    expect([portal.hasAttribute('inert'), portal.getAttribute('aria-hidden')]).toEqual([true, 'true']);
    // The desk taken back: the notice goes, the lock screen stays, and so does what it covers.
    tab.unmount();
    expect(portal.hasAttribute('inert')).toBe(true);
    lock.unmount();
    expect([portal.hasAttribute('inert'), portal.hasAttribute('aria-hidden')]).toEqual([false, false]);
    expect(foreign.hasAttribute('inert')).toBe(true);
  });

  it('marks a portal opened while covered, and never the cover’s own root', () => {
    const cover = render(<Cover name="lock" />);
    const root = cover.container;
    const notice = document.body.appendChild(document.createElement('section'));
    return Promise.resolve().then(() => {
      expect(notice.hasAttribute('inert')).toBe(true);
      expect(root.hasAttribute('inert')).toBe(false);
      cover.unmount();
      expect(notice.hasAttribute('inert')).toBe(false);
    });
  });
});
