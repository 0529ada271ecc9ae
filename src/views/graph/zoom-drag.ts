// The graph's drag, pan and zoom, with d3-drag and d3-zoom: loaded by gestures.ts when a pointer
// first comes over the chart or a zoom button is used, not with the view (about 7 KB gzipped).

import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import type { GestureHandlers, ZoomControls, ZoomState } from './gestures.ts';

/** Attaches node drag and the chart's pan and zoom to `el`; `handlers()` gives the current ones. */
export function attachZoomDrag(
  el: HTMLDivElement,
  handlers: () => GestureHandlers,
): { controls: ZoomControls; destroy(): void } {
  const sel = select(el);
  type Subject = { id: string; x: number; y: number };
  const dragBehavior = drag<HTMLDivElement, unknown, Subject | undefined>()
    .container(el)
    .clickDistance(4)
    .subject((event: { sourceEvent: MouseEvent | TouchEvent }) => {
      const src = event.sourceEvent;
      const point = 'touches' in src ? src.touches[0] : src;
      if (!point) return undefined;
      const id = handlers().nodeAt(point, src);
      const at = id === null ? undefined : handlers().nodePosition(id);
      return id !== null && at ? { id, x: at.x, y: at.y } : undefined;
    })
    .on('drag', (event: { subject: Subject; x: number; y: number }) =>
      handlers().ondrag(event.subject.id, event.x, event.y),
    )
    .on('end', () => handlers().ondragend());
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
    .on('start', () => handlers().onzoomstart())
    .on('zoom', (event: { transform: ZoomState }) =>
      handlers().onzoom({ k: event.transform.k, x: event.transform.x, y: event.transform.y }),
    )
    .on('end', () => handlers().onzoomend());
  sel.call(zoomBehavior).on('dblclick.zoom', null);
  return {
    controls: {
      scaleBy: (factor) => zoomBehavior.scaleBy(sel, factor),
      translateTo: (x, y) => zoomBehavior.translateTo(sel, x, y),
      reset: () => zoomBehavior.transform(sel, zoomIdentity),
    },
    destroy: () => void sel.on('.drag', null).on('.zoom', null),
  };
}
