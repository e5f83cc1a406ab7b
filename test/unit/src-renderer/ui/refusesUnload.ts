/** Whether the page would ask before a reload or closing the window (its `beforeunload`, ui/components/unsaved.tsx). */
export function refusesUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}
