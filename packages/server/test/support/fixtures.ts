/** Zero-padded row numbers, so text order and number order agree in the contract suites. */
export const pad = (n: number) => String(n).padStart(3, '0');
