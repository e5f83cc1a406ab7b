/** 我刚登记的, beside the intake form: how far back it looks (a shift) and how many it lists (the newest). */
export const RECENT_HOURS = 12;
export const RECENT_LISTED = 5;
