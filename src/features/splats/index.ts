/** What other features may use of the splats feature: pure level logic, and the renderer on demand. */
export { looksLikePhone, splatBytes, splatLoadOrder, splatPackFiles } from './splat-levels.ts';
/** Spark and the progressive loader, as their own chunk: fetched only when a visitor opens 3D. */
export const loadProgressiveSplat = () => import('./client/progressive-splat.ts');
