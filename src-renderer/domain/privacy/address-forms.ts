/**
 * The ways a note may write the customer's postal address: as registered, and shortened from the
 * front — without its province, its city, its district or county (浙江省杭州市西湖区文三路88号 →
 * 杭州市西湖区文三路88号, 西湖区文三路88号, 文三路88号) — where what is left still names a place (six
 * characters or more). Longest first. Masking, anonymisation, erasure and the similar cases' texts
 * find the address by these.
 */
const HEADS = [/^.{1,8}?(?:省|自治区)/u, /^.{1,12}?市/u, /^.{1,12}?(?:区|县|旗)/u];

export const MIN_ADDRESS_FORM = 6;

export function addressForms(address: string): string[] {
  if (address === '') return [];
  const forms = [address];
  let rest = address;
  for (const head of HEADS) {
    const match = head.exec(rest);
    if (!match) continue;
    const shorter = rest.slice(match[0].length);
    if ([...shorter].length < MIN_ADDRESS_FORM) break;
    rest = shorter;
    forms.push(rest);
  }
  return forms;
}
