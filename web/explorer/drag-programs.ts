// Node programs that skip their picking pass while the stage is dragged or the camera glides (a zoom,
// sigma's inertia after a drag). Sigma draws every node twice a frame: once on screen and once in
// colours that identify it, which hover and click read back. While the view moves, nothing is hovered
// (network-view.ts defers hover to mouse-up), so the second pass is wasted: without it a pan or zoom of
// 5 000 nodes in software WebGL draws up to twice as many frames. The frame that ends a glide draws the
// pass again (sigma renders the camera's last state), and so does a frame after the mouse comes up
// (redrawPickingIfStale).
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

interface Renderer {
  getMouseCaptor(): { isMouseDown: boolean };
  getCamera(): { isAnimated(): boolean };
  scheduleRender(): unknown;
}

interface PickingProgram {
  pickProgram: unknown;
  renderer: Renderer;
  render(params: RenderParams): void;
}

/** Renderers whose last frame drew no picking pass. */
const stale = new WeakSet<Renderer>();

export function withoutPickingWhileDragging(Base: NodeProgramType): NodeProgramType {
  const Program = Base as unknown as new (...args: ConstructorParameters<NodeProgramType>) => PickingProgram;
  class DragProgram extends Program {
    override render(params: RenderParams): void {
      const pick = this.pickProgram;
      const moving = this.renderer.getMouseCaptor().isMouseDown || this.renderer.getCamera().isAnimated();
      if (pick === null || !moving) {
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
