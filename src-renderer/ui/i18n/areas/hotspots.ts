import { defineArea } from '../messages';

/** Hot-spot early warnings and repeat counts on the dashboard. */
export const hotspotsMessages = defineArea(
  {
    hotspots: {},
  },
  {
    hotspots: {},
  },
);
