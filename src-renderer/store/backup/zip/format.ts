/** What the zip writer and reader agree on (APPNOTE 6.3): record signatures, markers and flags. */
export const LOCAL_SIG = 0x04034b50;
export const CENTRAL_SIG = 0x02014b50;
export const END_SIG = 0x06054b50;
export const ZIP64_END_SIG = 0x06064b50;
export const ZIP64_LOCATOR_SIG = 0x07064b50;
/** All ones in a classic field: the value is in the ZIP64 field. */
export const MARK_32 = 0xffffffff;
export const MARK_16 = 0xffff;
/** General purpose flag bit 11: the name is UTF-8. */
export const UTF8_NAME = 0x800;
/** The most bytes handed to a sink, or asked of a source, at once. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
