// Node programs that skip their picking pass while the stage is dragged. Sigma draws every node twice
// a frame: once on screen and once in colours that identify it, which hover and click read back. During
// a drag nothing is clicked (sigma counts a press with `draggedEventsTolerance` moves or more as a drag,
// not a click) and hover waits for the mouse to come up (network-view.ts), so the second pass is wasted:
// without it a pan of 5 000 nodes in software WebGL draws about half again as many frames. A press
// with fewer moves (a click with a trembling hand) still draws the pass. After a drag, sigma's glide
// draws it again; a drag released without a glide gets a frame from redrawPickingIfStale.
//
// Relies on sigma 3.0 (pinned in package.json): Program.render draws the picking pass only when
// `pickProgram` is set; hover programs have none.
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

interface Renderer {
  getMouseCaptor(): { isMouseDown: boolean; draggedEvents: number };
  getSetting(name: 'draggedEventsTolerance'): number;
  scheduleRender(): unknown;
}

interface PickingProgram {
  pickProgram: unknown;
  renderer: Renderer;
  render(params: RenderParams): void;
}

/** Renderers whose last frame drew no picking pass. */
const stale = new WeakSet<Renderer>();

/** Whether the stage is being dragged (not a press that may still become a click). */
function dragging(renderer: Renderer): boolean {
  const mouse = renderer.getMouseCaptor();
  return mouse.isMouseDown && mouse.draggedEvents >= renderer.getSetting('draggedEventsTolerance');
}

export function withoutPickingWhileDragging(Base: NodeProgramType): NodeProgramType {
  const Program = Base as unknown as new (...args: ConstructorParameters<NodeProgramType>) => PickingProgram;
  class DragProgram extends Program {
    override render(params: RenderParams): void {
      const pick = this.pickProgram;
      // A hover program (no picking buffer) says nothing about the picking layer.
      if (pick === null) return super.render(params);
      if (!dragging(this.renderer)) {
        stale.delete(this.renderer);
        return super.render(params);
      }
      stale.add(this.renderer);
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  }
  return DragProgram as unknown as NodeProgramType;
}

/** Draws a frame when the last one skipped picking, so hover and click find nodes again. */
export function redrawPickingIfStale(renderer: Renderer): void {
  if (stale.has(renderer)) renderer.scheduleRender();
}
