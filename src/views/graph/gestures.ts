// Pointer gestures on the graph as a Svelte action (`use:graphGestures`): drag a node (one finger
// or the mouse), pan and zoom (two fingers, ctrl+wheel, a drag on the background), click to select,
// hover for the tooltip, Escape to clear. The view keeps the state; the action only reports.
// Click, hover and Escape are answered here; drag, pan and zoom by d3 (zoom-drag.ts), whose code
// loads when a pointer first comes over the chart or a zoom control is used, not with the view. A
// press, touch or ctrl+wheel that comes before that code is held and handed to it once attached,
// so that the first gesture is not lost.

import type { ActionReturn } from 'svelte/action';

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

/** What the view can ask of the zoom once the action is attached. */
export interface ZoomControls {
  scaleBy(factor: number): void;
  translateTo(x: number, y: number): void;
  reset(): void;
}

export interface GestureHandlers {
  /** The node under a point (by the event's target, or by hit-testing a canvas), or null. */
  nodeAt(point: { clientX: number; clientY: number }, source: Event): string | null;
  linkAt(event: MouseEvent | PointerEvent): string | null;
  /** Where a node is drawn now, to start a drag from; undefined = not draggable. */
  nodePosition(id: string): { x: number; y: number } | undefined;
  /** A node dragged to x, y (chart pixels); called from the first move on, so a click is no drag. */
  ondrag(id: string, x: number, y: number): void;
  ondragend(): void;
  onzoomstart(): void;
  onzoom(transform: ZoomState): void;
  onzoomend(): void;
  onselectnode(id: string): void;
  onselectlink(id: string): void;
  /** Hovered node or link (null, null = nothing); not called while `busy()`, nor for touch. */
  onhover(node: string | null, link: string | null): void;
  onescape(): void;
  /** True during a drag or a zoom: hover is not updated then. */
  busy(): boolean;
  /** Receives the zoom's controls when attached, null when detached. */
  controls(zoom: ZoomControls | null): void;
}

export function graphGestures(
  el: HTMLDivElement,
  h: GestureHandlers,
): ActionReturn<GestureHandlers> {
  let handlers = h;
  let attached: { controls: ZoomControls; destroy(): void } | null = null;
  let loading: Promise<ZoomControls | null> | null = null;
  let destroyed = false;

  // Input that came before d3's code: replayed to it once it is attached.
  let heldPress: MouseEvent | null = null;
  let heldTouch: TouchEvent | null = null;
  const heldWheels: WheelEvent[] = [];
  const holdPress = (e: MouseEvent): void => {
    if (e.button === 0 && !e.ctrlKey) heldPress = e;
    void load();
  };
  const releasePress = (): void => void (heldPress = null);
  const holdTouch = (e: TouchEvent): void => {
    heldTouch = e;
    void load();
  };
  const releaseTouch = (): void => void (heldTouch = null);
  const holdWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault(); // not the browser's own page zoom
    heldWheels.push(e);
    void load();
  };
  const approach = (): void => void load();
  const holders = [
    ['pointerover', approach],
    ['mousedown', holdPress],
    ['touchstart', holdTouch],
    ['touchend', releaseTouch],
    ['touchcancel', releaseTouch],
    ['wheel', holdWheel],
  ] as const;
  for (const [type, listener] of holders)
    el.addEventListener(type, listener as EventListener, { capture: true, passive: false });
  window.addEventListener('mouseup', releasePress, true);
  function stopHolding(): void {
    for (const [type, listener] of holders)
      el.removeEventListener(type, listener as EventListener, { capture: true });
    window.removeEventListener('mouseup', releasePress, true);
  }

  function replay(): void {
    const target = (e: Event): EventTarget =>
      e.target instanceof Node && el.contains(e.target) ? e.target : el;
    const press = heldPress;
    const touch = heldTouch;
    heldPress = heldTouch = null;
    if (press) target(press).dispatchEvent(new MouseEvent('mousedown', press));
    if (touch)
      target(touch).dispatchEvent(
        new TouchEvent('touchstart', {
          bubbles: true,
          cancelable: true,
          view: window,
          touches: Array.from(touch.touches),
          targetTouches: Array.from(touch.targetTouches),
          changedTouches: Array.from(touch.changedTouches),
        }),
      );
    for (const wheel of heldWheels.splice(0))
      target(wheel).dispatchEvent(new WheelEvent('wheel', wheel));
  }

  function load(): Promise<ZoomControls | null> {
    return (loading ??= import('./zoom-drag.ts').then(
      ({ attachZoomDrag }) => {
        if (destroyed) return null;
        stopHolding();
        attached = attachZoomDrag(el, () => handlers);
        replay();
        el.dataset['gestures'] = 'ready'; // for tests and the bench: d3 answers from now on
        return attached.controls;
      },
      () => {
        loading = null; // e.g. offline before the chunk was kept: the next gesture tries again
        return null;
      },
    ));
  }

  // Let a finger scroll the page over the chart; two fingers pan and zoom it, one drags a node.
  el.style.touchAction = 'pan-x pan-y';

  const onClick = (e: MouseEvent): void => {
    const node = handlers.nodeAt(e, e);
    if (node !== null) return handlers.onselectnode(node);
    const link = handlers.linkAt(e);
    if (link !== null) handlers.onselectlink(link);
  };
  const onMove = (e: PointerEvent): void => {
    if (handlers.busy() || e.pointerType === 'touch') return;
    const node = handlers.nodeAt(e, e);
    const link = node === null ? handlers.linkAt(e) : null;
    handlers.onhover(node, link);
    el.style.cursor = node !== null || link !== null ? 'pointer' : '';
  };
  const onLeave = (): void => handlers.onhover(null, null);
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && !e.defaultPrevented) handlers.onescape();
  };
  el.addEventListener('click', onClick);
  el.addEventListener('pointermove', onMove);
  el.addEventListener('pointerleave', onLeave);
  el.addEventListener('keydown', onKey);
  // At once when d3 is there; before that, once its code has loaded.
  const whenAttached = (use: (c: ZoomControls) => void): void => {
    if (attached) use(attached.controls);
    else void load().then((c) => c && use(c));
  };
  handlers.controls({
    scaleBy: (factor) => whenAttached((c) => c.scaleBy(factor)),
    translateTo: (x, y) => whenAttached((c) => c.translateTo(x, y)),
    reset: () => whenAttached((c) => c.reset()),
  });
  return {
    update(next) {
      handlers = next;
    },
    destroy() {
      destroyed = true;
      stopHolding();
      attached?.destroy();
      delete el.dataset['gestures'];
      el.removeEventListener('click', onClick);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('keydown', onKey);
      handlers.controls(null);
    },
  };
}
