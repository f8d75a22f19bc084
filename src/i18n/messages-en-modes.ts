// Strings of the embed, presenter, export, theme and offline features, kept apart so that those
// features can grow without touching the main catalogue. Spread into `en`.
export const enModes = {};
