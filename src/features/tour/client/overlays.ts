import { lookAt } from '../../../content/scenes/poses.ts';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import { glideTo, type TourController } from './controller.ts';
import { fromCamera, type Pose } from './pose.ts';

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** Focusable labels over the exhibits; the 3D scene positions them every frame. */
export function addLabels(
  layer: HTMLElement,
  data: TourData,
  controller: TourController,
  open: (id: string) => void,
): void {
  for (const p of data.placements) {
    const button = el(
      'button',
      { type: 'button', className: 'tour-hotspot', hidden: true },
      el('span', { className: 'code-chip', textContent: p.code }),
      ` ${p.title}`,
    );
    button.dataset.hotspot = p.exhibit;
    button.addEventListener('click', () => open(p.exhibit));
    layer.append(button);
    controller.labels.set(p.exhibit, button);
  }
}

/** A small plan of the floor: the exhibits and an arrow where the visitor stands and looks. */
export function addFloorMap(layer: HTMLElement, data: TourData): (pose: Pose) => void {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const xs = data.scene.floor.outline.map(([x]) => x);
  const zs = data.scene.floor.outline.map(([, z]) => z);
  const [minX, minZ] = [Math.min(...xs) - 1, Math.min(...zs) - 1];
  svg.setAttribute('viewBox', `${minX} ${minZ} ${Math.max(...xs) - minX + 1} ${Math.max(...zs) - minZ + 1}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', data.strings.map ?? '');
  const floor = document.createElementNS(ns, 'polygon');
  floor.setAttribute('points', data.scene.floor.outline.map(([x, z]) => `${x},${z}`).join(' '));
  floor.setAttribute('class', 'tour-map-floor');
  svg.append(floor);
  for (const p of data.placements) {
    const dot = document.createElementNS(ns, 'circle');
    for (const [k, v] of [
      ['cx', p.position[0]],
      ['cy', p.position[2]],
      ['r', 0.35],
    ] as const)
      dot.setAttribute(k, String(v));
    dot.setAttribute('class', 'tour-map-exhibit');
    svg.append(dot);
  }
  const here = document.createElementNS(ns, 'path');
  here.setAttribute('d', 'M0,-0.9 L0.55,0.6 L0,0.3 L-0.55,0.6 Z');
  here.setAttribute('class', 'tour-map-here');
  svg.append(here);
  layer.append(el('figure', { className: 'tour-map' }, svg));
  return (pose) =>
    here.setAttribute('transform', `translate(${pose.x} ${pose.z}) rotate(${(-pose.yaw * 180) / Math.PI})`);
}

/** The touch joystick: forward/back and sideways, -1…1, while a finger holds it. */
export function addJoystick(layer: HTMLElement, data: TourData, controller: TourController): void {
  const knob = el('span');
  const pad = el('div', { className: 'tour-joystick' }, knob);
  pad.setAttribute('role', 'img');
  pad.setAttribute('aria-label', data.strings.joystick ?? '');
  const move = (e: PointerEvent) => {
    if (e.buttons === 0) return;
    const box = pad.getBoundingClientRect();
    const x = Math.max(-1, Math.min(1, ((e.clientX - box.left) / box.width) * 2 - 1));
    const y = Math.max(-1, Math.min(1, -(((e.clientY - box.top) / box.height) * 2 - 1)));
    controller.stick = { x, y };
    knob.style.transform = `translate(${x * 28}px, ${-y * 28}px)`;
    controller.invalidate();
  };
  const stop = () => {
    controller.stick = { x: 0, y: 0 };
    knob.style.transform = '';
  };
  pad.addEventListener('pointerdown', (e) => {
    pad.setPointerCapture(e.pointerId);
    move(e);
  });
  pad.addEventListener('pointermove', move);
  pad.addEventListener('pointerup', stop);
  pad.addEventListener('pointercancel', stop);
  layer.append(pad);
}

/** The guided tour: glides from stop to stop and plays each story; the next follows when one ends. */
export function addGuidedTour(
  layer: HTMLElement,
  data: TourData,
  controller: TourController,
  open: (id: string, play: boolean) => void,
): void {
  const stops = data.scene.tour;
  if (stops.length === 0) return;
  const s = data.strings;
  let index = -1;
  let running = false;
  const box = el('div', { className: 'tour-guided' });
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', s.guided ?? '');
  const start = el('button', { type: 'button', textContent: s.guidedStart ?? '' });
  const previous = el('button', { type: 'button', textContent: s.previous ?? '', hidden: true });
  const pause = el('button', { type: 'button', textContent: s.pause ?? '', hidden: true });
  const next = el('button', { type: 'button', textContent: s.next ?? '', hidden: true });
  const where = el('span', { className: 'tour-stop', hidden: true });
  where.setAttribute('aria-live', 'polite');
  const go = (i: number) => {
    const stop = stops[i];
    if (!stop) {
      running = false;
      return;
    }
    index = i;
    glideTo(controller, fromCamera(lookAt(stop.camera.position, stop.camera.target)));
    open(stop.exhibit, running);
    where.textContent = (s.stop ?? '').replace('{{current}}', String(i + 1)).replace('{{total}}', String(stops.length));
    previous.disabled = i === 0;
    next.disabled = i === stops.length - 1;
  };
  start.addEventListener('click', () => {
    running = true;
    for (const b of [previous, pause, next, where]) b.hidden = false;
    start.hidden = true;
    go(0);
  });
  previous.addEventListener('click', () => go(Math.max(0, index - 1)));
  next.addEventListener('click', () => go(index + 1));
  pause.addEventListener('click', () => {
    running = !running;
    pause.textContent = (running ? s.pause : s.resume) ?? '';
    pause.setAttribute('aria-pressed', String(!running));
    // Pausing the tour pauses its story too; resuming carries on where it stopped.
    const story = document.querySelector<HTMLAudioElement>(`[data-panel="${stops[index]?.exhibit}"] audio`);
    if (running) void story?.play().catch(() => undefined);
    else story?.pause();
  });
  document.addEventListener(
    'ended',
    (e) => {
      if (running && (e.target as Element).closest?.(`[data-panel="${stops[index]?.exhibit}"]`)) go(index + 1);
    },
    true,
  );
  box.append(start, previous, pause, next, where);
  layer.append(box);
}
