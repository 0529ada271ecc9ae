// Pointer gestures on the graph as a Svelte action (`use:graphGestures`): drag a node (one finger
// or the mouse), pan and zoom (two fingers, ctrl+wheel, a drag on the background), click to select,
// hover for the tooltip, Escape to clear. The view keeps the state; the action only reports.

import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
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
  const sel = select(el);
  type Subject = { id: string; x: number; y: number };
  const dragBehavior = drag<HTMLDivElement, unknown, Subject | undefined>()
    .container(el)
    .clickDistance(4)
    .subject((event: { sourceEvent: MouseEvent | TouchEvent }) => {
      const src = event.sourceEvent;
      const point = 'touches' in src ? src.touches[0] : src;
      if (!point) return undefined;
      const id = handlers.nodeAt(point, src);
      const at = id === null ? undefined : handlers.nodePosition(id);
      return id !== null && at ? { id, x: at.x, y: at.y } : undefined;
    })
    .on('drag', (event: { subject: Subject; x: number; y: number }) =>
      handlers.ondrag(event.subject.id, event.x, event.y),
    )
    .on('end', () => handlers.ondragend());
  sel.call(dragBehavior);
  const zoomBehavior = d3zoom<HTMLDivElement, unknown>()
    .scaleExtent([0.5, 16])
    .filter((event: Event) => {
      if (event.type === 'wheel')
        return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
      return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
    })
    .wheelDelta((event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      // A pinch on a touchpad arrives as small ctrl+wheel steps: make it as quick as a wheel notch.
      return -event.deltaY * unit * (Math.abs(event.deltaY) < 30 ? 4 : 1);
    })
    .on('start', () => handlers.onzoomstart())
    .on('zoom', (event: { transform: ZoomState }) =>
      handlers.onzoom({ k: event.transform.k, x: event.transform.x, y: event.transform.y }),
    )
    .on('end', () => handlers.onzoomend());
  sel.call(zoomBehavior).on('dblclick.zoom', null);
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
  handlers.controls({
    scaleBy: (factor) => zoomBehavior.scaleBy(sel, factor),
    translateTo: (x, y) => zoomBehavior.translateTo(sel, x, y),
    reset: () => zoomBehavior.transform(sel, zoomIdentity),
  });
  return {
    update(next) {
      handlers = next;
    },
    destroy() {
      sel.on('.drag', null).on('.zoom', null);
      el.removeEventListener('click', onClick);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('keydown', onKey);
      handlers.controls(null);
    },
  };
}
