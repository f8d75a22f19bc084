// The timeline's fixed vertical measures, shared by the components that draw it.
/** One row of labels: a one-line mark is MARK_HEIGHT_PX tall; a two-line mark takes two rows. */
export const ROW_PX = 28;
export const MARK_HEIGHT_PX = 24;
export const AXIS_HEIGHT_PX = 34;
export const STRIP_HEIGHT_PX = 40;
export const GROUP_LABEL_PX = 18;
export const TOP_PADDING_PX = 8;
/** Height of a mark that takes `rows` rows. */
export const markHeightPx = (rows: number) => MARK_HEIGHT_PX + (rows - 1) * ROW_PX;
