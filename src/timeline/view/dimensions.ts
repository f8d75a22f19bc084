// The timeline's fixed vertical measures, shared by the components that draw it.
export const LANE_HEIGHT_PX = 30;
export const AXIS_HEIGHT_PX = 34;
export const STRIP_HEIGHT_PX = 40;
