// Stands in for d3-color in the build (vite.config.ts, resolve.alias). d3-transition, which
// animates the zoom moves made by code, carries d3-interpolate's colour interpolators and d3-color
// with its colour parser and colour spaces: ~4 KB gzip of the first view for colours D3 never
// animates here (React draws every colour; D3 only moves the zoom transform, interpolated by
// d3-interpolate's interpolateZoom). With this module nothing is read as a colour: a string D3
// were asked to animate would be interpolated as a string, and a colour space, never reached,
// says so if it ever were. Measured in docs/architecture.md, "The budget".

/** No text is a colour here: d3-interpolate then falls back to interpolating strings. */
export function color(_specifier: string): null {
  return null;
}

function leftOut(): never {
  throw new Error(
    'Colour interpolation is left out of this build (src/timeline/model/no-colour-interpolation.ts)',
  );
}

export const rgb = leftOut;
export const hsl = leftOut;
export const lab = leftOut;
export const hcl = leftOut;
export const cubehelix = leftOut;
