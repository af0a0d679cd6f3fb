// Numbers as the page shows them: grouped digits, sizes in KB and MB.
const NUMBER = new Intl.NumberFormat('en');

/** A count with grouped digits: "17,293". */
export const number = (n) => NUMBER.format(n);

/** A number of bytes as people read it: "645.4 KB". */
export function bytes(n) {
  if (n === null || n === undefined) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`;
}
