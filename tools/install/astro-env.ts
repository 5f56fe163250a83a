/**
 * The environment every Astro process of the project runs with: Astro's anonymous telemetry off.
 * @astrojs/telemetry checks ASTRO_TELEMETRY_DISABLED (any non-empty value) before each report.
 */
export const ASTRO_TELEMETRY_OFF = { ASTRO_TELEMETRY_DISABLED: '1' } as const;

export function withoutTelemetry<E extends Record<string, string | undefined>>(env: E): E & typeof ASTRO_TELEMETRY_OFF {
  return { ...env, ...ASTRO_TELEMETRY_OFF };
}
